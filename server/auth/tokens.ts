// Bearer tokens for integrators: random, shown once, stored only as SHA-256 (INT-1).
import crypto from 'node:crypto';

export const TOKEN_PREFIX = 'vgf_';

export function newTokenSecret(): string {
  return TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
