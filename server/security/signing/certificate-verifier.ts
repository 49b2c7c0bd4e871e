// Verifies a signature with nothing but the certificate recorded beside it: the public key
// comes from the certificate, the certificate must be valid at the signing time. Whether the
// certificate is one we trust (a unit key of ours, or a CA chain later) is the caller's check.
import crypto from 'node:crypto';
import type { Verifier, VerifyResult } from './signer';

export const certificateVerifier: Verifier = {
  verify(bytes, signature, certificatePem, algorithm, at): VerifyResult {
    let cert: crypto.X509Certificate;
    try {
      cert = new crypto.X509Certificate(certificatePem);
    } catch {
      return { ok: false, reason: 'bad-certificate' };
    }
    if (at && (at.getTime() < new Date(cert.validFrom).getTime() || at.getTime() > new Date(cert.validTo).getTime())) {
      return { ok: false, reason: 'expired-certificate' };
    }
    try {
      if (algorithm === 'ECDSA-P256-SHA256') {
        return crypto.verify('sha256', bytes, { key: cert.publicKey, dsaEncoding: 'der' }, signature) ? { ok: true } : { ok: false, reason: 'bad-signature' };
      }
      if (algorithm === 'RSA-PSS-3072-SHA256') {
        const key = { key: cert.publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
        return crypto.verify('sha256', bytes, key, signature) ? { ok: true } : { ok: false, reason: 'bad-signature' };
      }
    } catch {
      return { ok: false, reason: 'bad-signature' };
    }
    return { ok: false, reason: 'unknown-algorithm' };
  },
};
