// SEC-4: request bodies with prototype keys are refused, however they are spelt; the fast path
// (no reviver) is taken only when no such key can be in the text.
import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from '@/server/security/edges/safe-json';
import { AppError } from '@/server/errors';

const refused = (text: string) => {
  try { parseJsonSafely(text); return null; } catch (err) { return err instanceof AppError ? err.details?.forbiddenKey : 'other'; }
};

describe('parseJsonSafely', () => {
  it.each([
    ['{"__proto__": {"admin": true}}', '__proto__'],
    ['{"data": {"a": [{"constructor": {"prototype": 1}}]}}', 'constructor'],
    ['{"\\u005f_proto__": {"admin": true}}', '__proto__'],
    ['{"pro\\u0074otype": 1}', 'prototype'],
  ])('refuses %s', (text, key) => {
    expect(refused(text)).toBe(key);
  });

  it('parses ordinary bodies, Vietnamese text and escaped characters alike', () => {
    expect(parseJsonSafely('{"hoTen": "Nguyễn Văn Á", "n": 3}')).toEqual({ hoTen: 'Nguyễn Văn Á', n: 3 });
    expect(parseJsonSafely('{"ghiChu": "\\u0110\\u00e0 N\\u1eb5ng", "note": "a prototype of the form"}')).toEqual({ ghiChu: 'Đà Nẵng', note: 'a prototype of the form' });
  });

  it('says invalid JSON is not JSON', () => {
    expect(() => parseJsonSafely('{"a": ')).toThrow(AppError);
  });
});
