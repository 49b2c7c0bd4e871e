// Detached signatures of exported files (RPT-5): the signer signs the canonical JSON of
// { format, sha256 of the file, size, signedAt, keyId, unitCode, fileName }, so the time and
// signer are covered too. The .sig.json carries those attributes, the signature and the
// certificate; anyone can re-hash the file and verify it with the certificate alone.
import { canonicalBytes, sha256Hex } from './canonical';
import { certificateVerifier } from './certificate-verifier';
import type { Signer } from './signer';

export const DETACHED_FORMAT = 'httt-detached-signature/1';

export interface SignedAttributes {
  format: typeof DETACHED_FORMAT;
  sha256: string;
  size: number;
  signedAt: string;
  keyId: string;
  unitCode: string;
  fileName: string | null;
}

export interface DetachedSignature extends SignedAttributes {
  algorithm: string;
  signature: string;
  certificate: string;
}

export async function signDetached(signer: Signer & { unitCode: string }, bytes: Uint8Array, at: Date, fileName: string | null): Promise<DetachedSignature> {
  const attrs: SignedAttributes = {
    format: DETACHED_FORMAT, sha256: sha256Hex(bytes), size: bytes.length, signedAt: at.toISOString(),
    keyId: signer.keyId, unitCode: signer.unitCode, fileName,
  };
  const signature = Buffer.from(await signer.sign(canonicalBytes(attrs))).toString('base64');
  return { ...attrs, algorithm: signer.algorithm, signature, certificate: signer.certificate };
}

export interface DetachedCheck {
  ok: boolean;
  reason?: 'malformed' | 'file-mismatch' | 'bad-signature' | 'bad-certificate' | 'expired-certificate' | 'unknown-algorithm';
  signedAt?: string;
  keyId?: string;
  unitCode?: string;
}

/** Verifies a file against its .sig.json with the certificate inside (trust is checked by the caller). */
export function verifyDetached(bytes: Uint8Array, sig: unknown): DetachedCheck {
  const d = sig as Partial<DetachedSignature> | null;
  if (!d || typeof d !== 'object' || d.format !== DETACHED_FORMAT || typeof d.signature !== 'string' || typeof d.certificate !== 'string'
    || typeof d.signedAt !== 'string' || typeof d.sha256 !== 'string' || typeof d.algorithm !== 'string') {
    return { ok: false, reason: 'malformed' };
  }
  const who = { signedAt: d.signedAt, keyId: d.keyId, unitCode: d.unitCode };
  if (sha256Hex(bytes) !== d.sha256 || bytes.length !== d.size) return { ok: false, reason: 'file-mismatch', ...who };
  const attrs: SignedAttributes = {
    format: DETACHED_FORMAT, sha256: d.sha256, size: d.size, signedAt: d.signedAt, keyId: String(d.keyId),
    unitCode: String(d.unitCode), fileName: d.fileName ?? null,
  };
  const r = certificateVerifier.verify(canonicalBytes(attrs), Buffer.from(d.signature, 'base64'), d.certificate, d.algorithm, new Date(d.signedAt));
  return r.ok ? { ok: true, ...who } : { ok: false, reason: r.reason as DetachedCheck['reason'], ...who };
}
