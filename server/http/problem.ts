// Turns any thrown value into an RFC 9457 problem+json response, in one place: stable code,
// a message in the caller's language, never a stack trace or SQL text.
import { AppError } from '../errors';
import { errorFields, logger } from '../logging/logger';

export type Lang = 'vi' | 'en';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  [extra: string]: unknown;
}

export function toProblem(err: unknown, lang: Lang, instance?: string): Problem {
  if (err instanceof AppError) {
    return {
      type: `https://docs.local/problems/${err.code}`,
      title: err.code,
      status: err.status,
      code: err.code,
      detail: err.text[lang],
      instance,
      ...(err.details ?? {}),
    };
  }
  return {
    type: 'https://docs.local/problems/internal',
    title: 'internal',
    status: 500,
    code: 'internal',
    detail: lang === 'vi' ? 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị.' : 'Internal error. Please retry or contact the operator.',
    instance,
  };
}

export function problemResponse(err: unknown, lang: Lang, instance?: string, requestId?: string): Response {
  const problem = toProblem(err, lang, instance);
  if (requestId) problem.requestId = requestId;
  // The stack and the SQL go to the log (tagged with the request id), never to the caller.
  if (problem.status >= 500) logger().error({ requestId, instance, ...errorFields(err) }, 'unhandled');
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  const retryAfter = problem.retryAfter;
  if (problem.status === 429 && typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
  if (requestId) headers['x-request-id'] = requestId;
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
