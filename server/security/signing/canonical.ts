// The canonical bytes of what is signed: JSON with keys sorted at every level and no
// whitespace (the same canonical form as definition hashes), UTF-8, so the same content
// re-read from the database in any key order gives the same bytes and the same hash.
import crypto from 'node:crypto';
import { canonicalJson } from '../../services/definitions/canonical-json';

export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
