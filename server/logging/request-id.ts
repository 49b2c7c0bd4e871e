// Request ids: a well-formed x-request-id from a trusted front is kept, anything else is
// replaced by a fresh one; the id is echoed in the response and tagged on every log line.
import crypto from 'node:crypto';

const WELL_FORMED = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdFrom(incoming: string | string[] | undefined | null): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && WELL_FORMED.test(value) ? value : crypto.randomUUID();
}

export function requestIdOf(req: Request): string | undefined {
  return req.headers.get('x-request-id') ?? undefined;
}
