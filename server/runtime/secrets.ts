// Secrets for sessions: taken from the environment in production; for the embedded demo a
// random one is generated once and kept in ./.data/, so sessions survive restarts.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export function ensureSessionSecret(dataDir = '.data'): { generated: boolean } {
  if (process.env.NEXTAUTH_SECRET) return { generated: false };
  const file = path.resolve(dataDir, 'nextauth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
  return { generated: true };
}
