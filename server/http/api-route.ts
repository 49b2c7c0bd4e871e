// The wrapper every API route handler goes through: parse the caller's language, open a
// forked entity manager, authenticate, load the actor, run the handler, serialise the
// result, and turn any failure into problem+json in one place. Handlers stay thin.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../engine/access/actor';
import { getOrm } from '../db/orm';
import { now, vnDate } from '../clock';
import { AppError } from '../errors';
import { authenticate } from '../auth/authenticate';
import { enrolmentRequiredError } from '../services/security/two-factor-policy';
import { loadActor } from '../auth/load-actor';
import { problemResponse, type Lang } from './problem';
import { assertSameOrigin } from '../security/edges/csrf';
import { hit, LIMITS } from '../security/edges/rate-limit';
import { requestIdOf } from '../logging/request-id';
import { parseJsonSafely } from '../security/edges/safe-json';

export interface PublicContext {
  req: Request;
  em: EntityManager;
  now: Date;
  /** Today's civil date in Vietnam, 'YYYY-MM-DD'. */
  today: string;
  lang: Lang;
  url: URL;
}

export interface ApiContext extends PublicContext {
  actor: Actor;
}

export function langOf(req: Request): Lang {
  const cookie = req.headers.get('cookie') ?? '';
  const fromCookie = /(?:^|;\s*)lang=(vi|en)/.exec(cookie)?.[1];
  if (fromCookie === 'en' || fromCookie === 'vi') return fromCookie;
  const accept = req.headers.get('accept-language') ?? '';
  return /^en\b/i.test(accept) ? 'en' : 'vi';
}

type RouteArgs<P> = { params: Promise<P> };

/** Routes usable while a password change (ACC-2) or a two-factor enrolment (SEC-4) is pending. */
export interface RouteOptions { allowPasswordChange?: boolean; allowTwoFactorEnrolment?: boolean }

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

async function publicContext(req: Request): Promise<PublicContext> {
  const orm = await getOrm();
  const at = now();
  return { req, em: orm.em.fork() as EntityManager, now: at, today: vnDate(at), lang: langOf(req), url: new URL(req.url) };
}

function finish(result: unknown): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  return json(result);
}

/** A route that needs no sign-in (health, OpenAPI). */
export function publicRoute<P = Record<string, string>>(handler: (ctx: PublicContext, params: P) => Promise<unknown>) {
  return async (req: Request, args: RouteArgs<P>): Promise<Response> => {
    const lang = langOf(req);
    try {
      const ctx = await publicContext(req);
      return finish(await handler(ctx, await args.params));
    } catch (err) {
      return problemResponse(err, lang, new URL(req.url).pathname, requestIdOf(req));
    }
  };
}

/**
 * Who is calling and with what scope: authenticates the request (bearer token or session),
 * refuses a pending password change unless allowed (ACC-2, ACC-3), loads the actor.
 * Shared by API routes and server-rendered pages.
 */
export async function callerContext(req: Request, opts: RouteOptions = {}): Promise<ApiContext & { passwordChangeRequired: boolean }> {
  const ctx = await publicContext(req);
  const who = await authenticate(ctx.em, req, ctx.now);
  if (who.passwordChangeRequired && !opts.allowPasswordChange) {
    throw new AppError('password-change-required', {
      vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
      en: 'You must change your password before continuing.',
    });
  }
  // SEC-4: a role that requires two-factor sign-in may only enrol (and see /me) until it has.
  if (who.twoFactorEnrolmentRequired && !opts.allowPasswordChange && !opts.allowTwoFactorEnrolment) {
    throw new AppError('two-factor-enrolment-required', enrolmentRequiredError);
  }
  const loaded = await loadActor(ctx.em, who.accountId, ctx.today);
  if (!loaded) throw new AppError('unauthenticated', { vi: 'Bạn cần đăng nhập.', en: 'Sign-in required.' });
  if (who.via === 'token') await hit(ctx.em, `token:${who.accountId}`, LIMITS.token, ctx.now);
  return { ...ctx, actor: loaded.actor, passwordChangeRequired: who.passwordChangeRequired };
}

/**
 * A route for signed-in callers. `allowPasswordChange` marks the few routes usable while
 * a password change is pending (ACC-2, ACC-3): everything else answers 403 until then.
 */
export function apiRoute<P = Record<string, string>>(
  handler: (ctx: ApiContext, params: P) => Promise<unknown>,
  opts: RouteOptions = {},
) {
  return async (req: Request, args: RouteArgs<P>): Promise<Response> => {
    const lang = langOf(req);
    try {
      assertSameOrigin(req);
      const ctx = await callerContext(req, opts);
      return finish(await handler(ctx, await args.params));
    } catch (err) {
      return problemResponse(err, lang, new URL(req.url).pathname, requestIdOf(req));
    }
  };
}

/** The JSON body, at most `maxBytes` (1 MB by default), refusing prototype keys (SEC-4). */
export async function readJson<T = unknown>(req: Request, maxBytes = 1_000_000): Promise<T> {
  const tooLarge = () => new AppError('payload-too-large', { vi: 'Dữ liệu gửi lên quá lớn.', en: 'Request body too large.' }, { maxBytes });
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const text = await req.text();
  if (Buffer.byteLength(text, 'utf8') > maxBytes) throw tooLarge();
  return parseJsonSafely<T>(text);
}
