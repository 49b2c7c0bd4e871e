// `verify <file> <file.sig.json> [--offline]`: checks a detached signature of an exported
// file (RPT-5). The file is re-hashed and the signature checked with the certificate inside
// the .sig.json; unless --offline, the certificate must also be one of this server's unit keys.
import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { verifyDetached } from '../../server/security/signing/detached';
import { certificateSubject } from '../../server/security/signing/certificate-info';

export async function run(args: string[]): Promise<number> {
  const offline = args.includes('--offline');
  const [file, sigFile] = args.filter((a) => a !== '--offline');
  if (!file || !sigFile) {
    console.error('Usage: npm run cli -- verify <file> <file.sig.json> [--offline]');
    return 2;
  }
  const bytes = fs.readFileSync(file);
  let sig: unknown;
  try {
    sig = JSON.parse(fs.readFileSync(sigFile, 'utf8'));
  } catch {
    console.log(`INVALID: ${sigFile} is not a signature file (JSON).`);
    return 1;
  }
  const result = verifyDetached(bytes, sig);
  if (!result.ok) {
    console.log(`INVALID: ${result.reason}`);
    return 1;
  }
  const pem = (sig as { certificate: string }).certificate;
  const who = certificateSubject(pem);
  console.log(`Signature valid: signed ${result.signedAt} by ${who.subject} (key ${result.keyId}).`);
  if (offline) {
    console.log('Certificate origin not checked (--offline).');
    return 0;
  }
  const { bringUpDatabase } = await import('../../server/runtime/database');
  const { knownCertificate } = await import('../../server/services/security/signing-keys');
  const db = await bringUpDatabase();
  try {
    const key = await knownCertificate(db.orm.em.fork() as EntityManager, pem);
    if (!key || key.id !== result.keyId) {
      console.log('UNTRUSTED: the certificate is not one of this server\'s unit keys.');
      return 1;
    }
    console.log(`Certificate is the ${key.status} key of unit ${key.unit_code} (${key.unit_name}).`);
    return 0;
  } finally {
    await db.stop();
  }
}
