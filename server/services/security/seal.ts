// Authenticated encryption of small secrets at rest (AES-256-GCM under a key derived from the
// master key with HKDF, apart from the field-encryption key). A sealed value is
// `v1.<key fingerprint>.<base64 iv|tag|ciphertext>`; the context string (the owning row's id)
// is bound as associated data, so a value copied to another row fails to open.
import crypto from 'node:crypto';
import { keyFingerprint, masterKey } from './master-key';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The sealing key for secrets at rest, derived from a master key. */
function sealingKey(master: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'secrets-at-rest/v1', 32));
}

export function seal(plain: Buffer, context: string, master: Buffer = masterKey()): string {
  const key = sealingKey(master);
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `v1.${keyFingerprint(key)}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function unseal(sealed: string, context: string, master: Buffer = masterKey()): Buffer {
  const key = sealingKey(master);
  const [version, fingerprint, payload] = sealed.split('.');
  if (version !== 'v1' || !payload) throw new Error('Unknown sealed value format.');
  if (fingerprint !== keyFingerprint(key)) throw new Error('The value is sealed under another master key.');
  const raw = Buffer.from(payload, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** Re-seals under a new key (master-key rotation); the context stays the same. */
export function reseal(sealed: string, context: string, oldMaster: Buffer, newMaster: Buffer): string {
  return seal(unseal(sealed, context, oldMaster), context, newMaster);
}
