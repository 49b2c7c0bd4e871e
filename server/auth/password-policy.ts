// The password strength rules of ACC-4 (at least 8 characters with upper case, lower case,
// a digit and a special character). Every violated rule is reported, each with a Vietnamese
// and English message naming it, so the form can list them all at once.
import { AppError, type LocalizedText } from '../errors';

export type PasswordRule = 'min-length' | 'uppercase' | 'lowercase' | 'digit' | 'special';

export interface PasswordViolation {
  rule: PasswordRule;
  message: LocalizedText;
}

export const PASSWORD_MIN_LENGTH = 8;

const RULES: { rule: PasswordRule; ok: (pw: string) => boolean; message: LocalizedText }[] = [
  {
    rule: 'min-length',
    ok: (pw) => [...pw].length >= PASSWORD_MIN_LENGTH,
    message: {
      vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
      en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    },
  },
  {
    rule: 'uppercase',
    ok: (pw) => /\p{Lu}/u.test(pw),
    message: { vi: 'Mật khẩu phải có ít nhất một chữ in hoa', en: 'The password must contain an upper-case letter' },
  },
  {
    rule: 'lowercase',
    ok: (pw) => /\p{Ll}/u.test(pw),
    message: { vi: 'Mật khẩu phải có ít nhất một chữ thường', en: 'The password must contain a lower-case letter' },
  },
  {
    rule: 'digit',
    ok: (pw) => /\p{Nd}/u.test(pw),
    message: { vi: 'Mật khẩu phải có ít nhất một chữ số', en: 'The password must contain a digit' },
  },
  {
    rule: 'special',
    ok: (pw) => /[^\p{L}\p{N}\s]/u.test(pw),
    message: {
      vi: 'Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ ! @ # $ %)',
      en: 'The password must contain a special character (for example ! @ # $ %)',
    },
  },
];

export function passwordViolations(password: string): PasswordViolation[] {
  return RULES.filter((r) => !r.ok(password)).map((r) => ({ rule: r.rule, message: r.message }));
}

/** Throws 'weak-password' listing every violated rule (ACC-4). */
export function assertStrongPassword(password: string): void {
  const violations = passwordViolations(password);
  if (violations.length === 0) return;
  throw new AppError(
    'weak-password',
    {
      vi: 'Mật khẩu chưa đủ mạnh: ' + violations.map((v) => v.message.vi.toLowerCase()).join('; ') + '.',
      en: 'The password is too weak: ' + violations.map((v) => v.message.en.toLowerCase()).join('; ') + '.',
    },
    { violations },
  );
}
