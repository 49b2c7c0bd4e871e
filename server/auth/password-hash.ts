// Password hashing with argon2id (the library's defaults: m=19456, t=2, p=1). Only this
// module touches the hashing library, so the parameters live in one place.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a malformed stored hash (never throws). */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/** Spends the time of one verification, so an unknown username answers as slowly as a known one. */
export async function verifyNothing(password: string): Promise<void> {
  dummy ??= hash('not-a-real-password-Aa1!');
  await verifyPassword(await dummy, password);
}
