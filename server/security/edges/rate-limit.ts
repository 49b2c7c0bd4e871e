// Rate limits shared by all replicas (SEC-4): a fixed window counter per key in the
// rate_limit table, bumped atomically by one upsert. Over the limit → 429 problem+json
// with Retry-After (the seconds until the window ends). Sweeps old windows now and then.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@/server/errors';

export interface Limit { limit: number; windowSeconds: number }

export const LIMITS = {
  signInUser: { limit: Number(process.env.RATE_SIGNIN_USER ?? 10), windowSeconds: 300 },
  signInIp: { limit: Number(process.env.RATE_SIGNIN_IP ?? 50), windowSeconds: 300 },
  token: { limit: Number(process.env.RATE_TOKEN_PER_MINUTE ?? 1200), windowSeconds: 60 },
} satisfies Record<string, Limit>;

export class RateLimited extends AppError {
  constructor(readonly retryAfter: number) {
    super('rate-limited', {
      vi: `Quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfter} giây.`,
      en: `Too many requests. Retry in ${retryAfter} seconds.`,
    }, { retryAfter });
  }
}

/** Counts one hit for `key`; throws RateLimited when the window's count exceeds the limit. */
export async function hit(em: EntityManager, key: string, spec: Limit, now: Date): Promise<void> {
  const windowMs = spec.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const conn = em.getConnection();
  const [row] = await conn.execute<{ count: number }[]>(
    `insert into rate_limit (key, window_start, count) values (?, ?, 1)
     on conflict (key) do update set
       count = case when rate_limit.window_start = excluded.window_start then rate_limit.count + 1 else 1 end,
       window_start = excluded.window_start
     returning count`,
    [key.slice(0, 300), start],
  );
  if (Math.random() < 0.01) await conn.execute(`delete from rate_limit where window_start < ?`, [new Date(now.getTime() - 86_400_000)]);
  if (row.count > spec.limit) throw new RateLimited(Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)));
}

/** Sign-in attempts: per (lower-cased) username and per client address. */
export async function limitSignIn(em: EntityManager, username: string, ip: string | null, now: Date): Promise<void> {
  await hit(em, `signin:user:${username.trim().toLowerCase()}`, LIMITS.signInUser, now);
  if (ip) await hit(em, `signin:ip:${ip}`, LIMITS.signInIp, now);
}
