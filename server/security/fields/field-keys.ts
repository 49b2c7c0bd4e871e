// The key ring for field encryption (SEC-2, SEC-5): the current key encrypts, every key
// of the ring decrypts, each named by a short id stored with the ciphertext so that
// `fields rotate-key` can find values still under an older key.
//   FIELD_KEY            base64 of 32 bytes, the current key (preferred)
//   FIELD_KEYS_PREVIOUS  comma-separated base64 keys still accepted for reading
//   APP_MASTER_KEY       used (through HKDF) when FIELD_KEY is absent
// Without any of them (the embedded demo) a key is generated once into ./.data/field-key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface FieldKey { id: string; key: Buffer }
export interface KeyRing { current: FieldKey; byId: Map<string, FieldKey> }

const holder = globalThis as unknown as { fieldKeyRing?: KeyRing | null };

function decodeKey(text: string, name: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${name} must be the base64 encoding of exactly 32 bytes`);
  return key;
}

export function keyId(key: Buffer): string {
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 12);
}

function fromMaster(master: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', decodeKey(master, 'APP_MASTER_KEY'), Buffer.alloc(0), 'field-encryption/v1', 32));
}

function demoKey(dataDir: string): Buffer {
  const file = path.resolve(dataDir, 'field-key');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // another process made it first
  }
  return decodeKey(fs.readFileSync(file, 'utf8'), file);
}

function currentKey(env: NodeJS.ProcessEnv): Buffer {
  if (env.FIELD_KEY) return decodeKey(env.FIELD_KEY, 'FIELD_KEY');
  if (env.APP_MASTER_KEY) return fromMaster(env.APP_MASTER_KEY);
  return demoKey(env.DATA_DIR ?? '.data');
}

/** Builds the ring from the environment (cached; tests and the CLI reset it with resetKeyRing). */
export function keyRing(env: NodeJS.ProcessEnv = process.env): KeyRing {
  if (holder.fieldKeyRing) return holder.fieldKeyRing;
  const key = currentKey(env);
  const current = { id: keyId(key), key };
  const byId = new Map<string, FieldKey>([[current.id, current]]);
  for (const text of (env.FIELD_KEYS_PREVIOUS ?? '').split(',').filter((s) => s.trim())) {
    const old = decodeKey(text, 'FIELD_KEYS_PREVIOUS');
    byId.set(keyId(old), { id: keyId(old), key: old });
  }
  if (env.APP_MASTER_KEY && env.FIELD_KEY) {
    const derived = fromMaster(env.APP_MASTER_KEY);
    byId.set(keyId(derived), { id: keyId(derived), key: derived });
  }
  holder.fieldKeyRing = { current, byId };
  return holder.fieldKeyRing;
}

export function resetKeyRing(): void {
  holder.fieldKeyRing = null;
}
