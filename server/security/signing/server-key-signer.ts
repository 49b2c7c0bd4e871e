// The server-held implementation of Signer: an ECDSA P-256 key generated with Node's
// webcrypto, kept as PKCS#8 sealed under the master key, signing SHA-256 with DER output
// (what OpenSSL and CA tooling expect).
import crypto from 'node:crypto';
import type { Signer, SignatureAlgorithm } from './signer';

export const SERVER_KEY_ALGORITHM: SignatureAlgorithm = 'ECDSA-P256-SHA256';

export async function generateServerKeyPair(): Promise<{ keys: CryptoKeyPair; pkcs8: Buffer }> {
  const keys = (await crypto.webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = Buffer.from(await crypto.webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { keys, pkcs8 };
}

export class ServerKeySigner implements Signer {
  readonly algorithm = SERVER_KEY_ALGORITHM;
  private readonly key: crypto.KeyObject;

  constructor(readonly keyId: string, readonly certificate: string, pkcs8: Buffer) {
    this.key = crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  }

  async sign(bytes: Uint8Array): Promise<Uint8Array> {
    return crypto.sign('sha256', bytes, { key: this.key, dsaEncoding: 'der' });
  }
}
