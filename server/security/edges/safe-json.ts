// JSON from callers without prototype tricks (SEC-4): a body with a "__proto__",
// "constructor" or "prototype" key anywhere is refused with 400 before any code merges or
// copies it, so no later spread, assign or deep merge can pollute Object.prototype.
import { AppError } from '@/server/errors';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// A forbidden key can only be spelt out, or hidden behind a \u escape: text with neither is
// parsed without the (slow) per-key reviver.
const MAYBE_FORBIDDEN = /__proto__|constructor|prototype|\\u/;

export function parseJsonSafely<T = unknown>(text: string): T {
  let forbidden: string | null = null;
  let parsed: unknown;
  try {
    parsed = MAYBE_FORBIDDEN.test(text) ? JSON.parse(text, function (key, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    }) : JSON.parse(text);
  } catch {
    throw new AppError('bad-request', { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' });
  }
  if (forbidden) {
    throw new AppError('bad-request', {
      vi: `Dữ liệu gửi lên chứa khóa không được phép "${forbidden}".`,
      en: `The request body contains the forbidden key "${forbidden}".`,
    }, { forbiddenKey: forbidden });
  }
  return parsed as T;
}
