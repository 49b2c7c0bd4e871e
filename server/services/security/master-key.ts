// The master key that seals secrets at rest (TOTP secrets, per-unit signing keys): 32 bytes,
// base64, from APP_MASTER_KEY. The embedded demo generates one into ./.data/master-key on
// first start (like the session secret); production supplies it from its secret store.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { AppError } from '../../errors';

/** Decodes a base64 (or base64url) 32-byte key; throws on anything else. */
export function parseMasterKey(text: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('APP_MASTER_KEY must be 32 bytes, base64-encoded.');
  return key;
}

/** The current master key from the environment; refuses to run without one. */
export function masterKey(): Buffer {
  const text = process.env.APP_MASTER_KEY;
  if (!text) {
    throw new AppError('internal', {
      vi: 'Chưa cấu hình khóa chủ APP_MASTER_KEY.',
      en: 'The master key APP_MASTER_KEY is not configured.',
    });
  }
  return parseMasterKey(text);
}

/** A short public fingerprint of a key, stored with each sealed value to name the key it needs. */
export function keyFingerprint(key: Buffer): string {
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * For the embedded demo: keeps APP_MASTER_KEY from the environment when set, else creates
 * (once) and loads ./.data/master-key (mode 0600). Called from `start` next to ensureSessionSecret.
 */
export function ensureMasterKey(dataDir = '.data'): { generated: boolean } {
  if (process.env.APP_MASTER_KEY) {
    parseMasterKey(process.env.APP_MASTER_KEY);
    return { generated: false };
  }
  const file = path.resolve(dataDir, 'master-key');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
  const text = fs.readFileSync(file, 'utf8').trim();
  parseMasterKey(text);
  process.env.APP_MASTER_KEY = text;
  return { generated: true };
}
