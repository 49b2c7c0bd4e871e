// One encrypted value as a JSON string: "$enc:v1:<key id>:<base64url(iv | tag | ciphertext)>"
// with AES-256-GCM over the JSON text of the value (numbers stay numbers when opened).
// The key id travels with the ciphertext so older values stay readable during a rotation.
import crypto from 'node:crypto';
import { keyRing } from './field-keys';

const PREFIX = '$enc:v1:';
const ENVELOPE = /^\$enc:v1:([0-9a-f]{12}):([A-Za-z0-9_-]+)$/;

export function isEnvelope(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function envelopeKeyId(value: string): string | null {
  return ENVELOPE.exec(value)?.[1] ?? null;
}

export function encryptValue(value: unknown): string {
  const { current } = keyRing();
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', current.key, iv);
  cipher.setAAD(Buffer.from(current.id));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return `${PREFIX}${current.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function decryptValue(envelope: string): unknown {
  const m = ENVELOPE.exec(envelope);
  if (!m) throw new Error('Malformed encrypted field value');
  const key = keyRing().byId.get(m[1]);
  if (!key) throw new Error(`Encrypted field value under key ${m[1]}, which is not configured (FIELD_KEY / FIELD_KEYS_PREVIOUS)`);
  const raw = Buffer.from(m[2], 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(key.id));
  decipher.setAuthTag(raw.subarray(12, 28));
  const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as unknown;
}
