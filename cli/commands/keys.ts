// `keys create <unitCode>` makes (or rolls) the server-held signing key of a unit with its
// self-signed X.509 certificate; `keys list` shows every key and certificate fingerprint.
// The private key is sealed under APP_MASTER_KEY (./.data/master-key in the embedded demo).
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bringUpDatabase } from '../../server/runtime/database';
import { ensureMasterKey } from '../../server/services/security/master-key';
import { createUnitKey, listSigningKeys } from '../../server/services/security/signing-keys';
import { now } from '../../server/clock';

const USAGE = 'Usage: npm run cli -- keys create <unitCode> | keys list';

export async function run(args: string[]): Promise<number> {
  const [sub, unitCode] = args;
  if (!(sub === 'list' || (sub === 'create' && unitCode))) {
    console.error(USAGE);
    return 2;
  }
  if (!process.env.DATABASE_URL) ensureMasterKey();
  const db = await bringUpDatabase();
  try {
    const em = db.orm.em.fork() as EntityManager;
    if (sub === 'create') {
      const [unit] = await em.execute<{ id: string }[]>(
        `select id from org_unit where code = ? order by valid_to is null desc, valid_from desc limit 1`, [unitCode]);
      if (!unit) {
        console.error(`No unit with code ${unitCode}.`);
        return 1;
      }
      const key = await createUnitKey(em, unit.id, { actorId: null, actorName: `cli:${os.userInfo().username}` }, now());
      console.log(`Key ${key.id} for ${key.unit_code} (${key.unit_name}), ${key.algorithm}, valid to ${new Date(key.not_after).toISOString().slice(0, 10)}`);
      console.log(`Certificate SHA-256: ${key.certificate_sha256}`);
      console.log(key.certificate_pem.trim());
      return 0;
    }
    const keys = await listSigningKeys(em);
    if (keys.length === 0) console.log('No signing keys yet (a unit gets one at its first signature, or with `keys create`).');
    for (const k of keys) {
      console.log([k.unit_code, k.status, k.algorithm, k.id, new Date(k.not_after).toISOString().slice(0, 10), k.certificate_sha256].join('\t'));
    }
    return 0;
  } finally {
    await db.stop();
  }
}
