// Single-use recovery codes for when the authenticator is lost: ten random codes shown once
// at enrolment, stored only as argon2 hashes. Codes are 10 characters of an unambiguous
// alphabet, shown as xxxxx-xxxxx; input is matched case- and dash-insensitively.
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function randomCode(): string {
  let out = '';
  for (let i = 0; i < 10; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

export function normaliseRecoveryCode(code: string): string {
  return (code ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** True for input shaped like a recovery code (so sign-in knows which check to run). */
export function looksLikeRecoveryCode(code: string): boolean {
  return normaliseRecoveryCode(code).length === 10 && !/^\d+$/.test(code.trim());
}

export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);
  const hashes = await Promise.all(codes.map((c) => hash(normaliseRecoveryCode(c))));
  return { codes, hashes };
}

export async function recoveryCodeMatches(storedHash: string, code: string): Promise<boolean> {
  try {
    return await verify(storedHash, normaliseRecoveryCode(code));
  } catch {
    return false;
  }
}
