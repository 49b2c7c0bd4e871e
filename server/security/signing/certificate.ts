// Self-signed X.509 certificates for the server-held unit keys (@peculiar/x509 over Node's
// webcrypto): subject CN = unit name, O = unit code, key usage digitalSignature +
// nonRepudiation. A CA-issued certificate on a token replaces this one without other change.
// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata
// polyfill loaded first (MikroORM loads the same package; the CLI may not have yet).
import 'reflect-metadata';
import crypto from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(crypto.webcrypto as unknown as Crypto);

export interface UnitIdentity {
  code: string;
  name: string;
}

export { certificateSha256, certificateSubject } from './certificate-info';

export async function selfSignedCertificate(keys: CryptoKeyPair, unit: UnitIdentity, notBefore: Date, notAfter: Date): Promise<string> {
  // The library mangles double quotes and backslashes inside name values: keep them out.
  const clean = (v: string) => v.replace(/"/g, "'").replace(/\\/g, '/').trim();
  const name: x509.JsonName = [{ CN: [clean(unit.name)] }, { O: [clean(unit.code)] }, { C: ['VN'] }];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: crypto.randomBytes(16).toString('hex').replace(/^[89a-f]/, '1'),
    name,
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return cert.toString('pem');
}
