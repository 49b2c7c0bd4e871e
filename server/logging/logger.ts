// The process logger (SEC-4, OPS-2): one JSON line per event (pino), with the request id when
// there is one, and never a secret or personal datum: credentials, cookies, passwords, tokens,
// OTP codes and submission data are censored by key wherever they appear in a log object.
import pino, { type DestinationStream, type Logger } from 'pino';

/** Keys whose values never reach a log line, at any depth pino can address. */
export const REDACT_KEYS = [
  'authorization', 'cookie', 'set-cookie', 'password', 'newPassword', 'currentPassword', 'oldPassword',
  'token', 'accessToken', 'secret', 'otp', 'recoveryCode', 'data', 'diff', 'dataSnapshot', 'body',
  'email', 'phone', 'fullName', 'cccd', 'idNumber',
];

function redactPaths(): string[] {
  const out: string[] = [];
  for (const k of REDACT_KEYS) {
    out.push(k, `*.${k}`, `*.*.${k}`, `req.headers["${k}"]`, `headers["${k}"]`);
  }
  return out;
}

const holder = globalThis as unknown as { appLogger?: Logger };

/** A logger with the product's settings; `destination` defaults to stdout. */
export function createLogger(destination?: DestinationStream, level?: string): Logger {
  return pino({
    level: level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  }, destination);
}

export function logger(): Logger {
  holder.appLogger ??= createLogger();
  return holder.appLogger;
}

/** Replaces the logger (tests capture lines with a destination stream). */
export function setLogger(next: Logger | null): void {
  holder.appLogger = next ?? undefined;
}

/** Errors as loggable objects: message and stack, with any SQL text cut out of the message. */
export function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { err: String(err) };
  return { errName: err.name, errMessage: stripSql(err.message), stack: err.stack?.split('\n').slice(1, 8).join('\n') };
}

function stripSql(message: string): string {
  return message.replace(/\b(select|insert|update|delete|with)\b[\s\S]*?( - |$)/i, '[sql] $2').slice(0, 500);
}
