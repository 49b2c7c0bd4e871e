// Reading a certificate with Node's own X509Certificate (no extra library): its fingerprint
// and its subject and validity for display. Verification paths use only this module.
import crypto from 'node:crypto';

/** SHA-256 of the certificate's DER, hex: how a certificate is named in lists and logs. */
export function certificateSha256(pem: string): string {
  return new crypto.X509Certificate(pem).fingerprint256.replace(/:/g, '').toLowerCase();
}

/** Subject fields of a certificate for display. */
export function certificateSubject(pem: string): { subject: string; validFrom: string; validTo: string } {
  const c = new crypto.X509Certificate(pem);
  return { subject: c.subject.replace(/\n/g, ', '), validFrom: new Date(c.validFrom).toISOString(), validTo: new Date(c.validTo).toISOString() };
}
