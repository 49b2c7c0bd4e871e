// The seam between "what is signed" and "who holds the key" (WF-3, RPT-5). Today the only
// Signer is a per-unit key held by the server; a USB token or HSM of a Vietnamese CA (PKCS#11)
// implements the same interface and the callers do not change. Verification needs only the
// certificate recorded with each signature.

/** Signature algorithms the product produces and verifies. */
export const SIGNATURE_ALGORITHMS = ['ECDSA-P256-SHA256', 'RSA-PSS-3072-SHA256'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export interface Signer {
  /** Stable id of the key (signing_key.id for server keys; the token's key id for a CA token). */
  readonly keyId: string;
  readonly algorithm: SignatureAlgorithm;
  /** The X.509 certificate of the key, PEM. */
  readonly certificate: string;
  /** Signs the bytes (the hash is taken by the signer); answers the signature (DER for ECDSA). */
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

export interface VerifyResult {
  ok: boolean;
  /** Why it failed: 'bad-signature' | 'bad-certificate' | 'expired-certificate' | 'unknown-algorithm'. */
  reason?: string;
}

export interface Verifier {
  verify(bytes: Uint8Array, signature: Uint8Array, certificatePem: string, algorithm: string, at?: Date): VerifyResult;
}
