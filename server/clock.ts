// The server's clock, replaceable in tests (an injected clock for lockout, expiry and
// deadlines). Civil dates are taken in Vietnam's time zone.
let override: (() => Date) | null = null;

export function now(): Date {
  return override ? override() : new Date();
}

export function setClock(fn: (() => Date) | null): void {
  override = fn;
}

/** 'YYYY-MM-DD' of an instant in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vnDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
