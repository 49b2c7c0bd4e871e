// The one error type of the product. Each code is stable (integrators match on it), maps to
// one HTTP status, and carries a Vietnamese and an English message for people.
export const ERROR_CODES = {
  'validation-failed': 422,
  'bad-request': 400,
  'unauthenticated': 401,
  'password-change-required': 403,
  'forbidden': 403,
  'out-of-scope': 403,
  'not-found': 404,
  'conflict': 409,
  'version-conflict': 409,
  'duplicate': 409,
  'weak-password': 422,
  'password-reused': 422,
  'invalid-credentials': 401,
  'account-locked': 423,
  'account-closed': 403,
  'payload-too-large': 413,
  'rate-limited': 429,
  'workflow-refused': 422,
  'definition-invalid': 422,
  'otp-required': 401,
  'otp-invalid': 401,
  'two-factor-enrolment-required': 403,
  'signature-invalid': 422,
  'internal': 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface LocalizedText {
  vi: string;
  en: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: LocalizedText;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, text: LocalizedText, details?: Record<string, unknown>) {
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const forbidden = (what?: LocalizedText) =>
  new AppError('forbidden', what ?? { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' });

export const outOfScope = () =>
  new AppError('out-of-scope', {
    vi: 'Dữ liệu này nằm ngoài phạm vi đơn vị được giao cho bạn.',
    en: 'This data is outside the units assigned to you.',
  });

export const notFound = (what: LocalizedText) =>
  new AppError('not-found', { vi: `Không tìm thấy ${what.vi}.`, en: `${what.en} not found.` });

export const badRequest = (text: LocalizedText, details?: Record<string, unknown>) => new AppError('bad-request', text, details);
