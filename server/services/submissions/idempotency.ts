// Idempotency-Key support for workflow events: the first request claims the key inside its
// transaction (a concurrent repeat waits on the key's unique index), stores its answer in
// the same transaction, and every repeat gets that answer back with no second effect.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors';

export interface StoredResponse<T> { replayed: true; body: T }

/** Claims the key; returns the stored answer when the key was already used (committed). */
export async function claimKey<T>(em: EntityManager, accountId: string, key: string, target: string, at: Date): Promise<StoredResponse<T> | null> {
  if (key.length > 200) throw new AppError('bad-request', { vi: 'Idempotency-Key quá dài.', en: 'Idempotency-Key is too long.' });
  const claimed = await em.execute<{ key: string }[]>(
    `insert into idempotency_key (account_id, key, target, created_at) values (?, ?, ?, ?) on conflict do nothing returning key`,
    [accountId, key, target, at],
  );
  if (claimed.length > 0) return null;
  const [prior] = await em.execute<{ target: string; response: T | null }[]>(
    `select target, response from idempotency_key where account_id = ? and key = ?`, [accountId, key]);
  if (!prior || prior.target !== target || prior.response === null) {
    throw new AppError('conflict', {
      vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác.',
      en: 'This Idempotency-Key was already used for a different request.',
    });
  }
  return { replayed: true, body: prior.response };
}

export async function storeResponse(em: EntityManager, accountId: string, key: string, status: number, body: unknown): Promise<void> {
  await em.execute(`update idempotency_key set status = ?, response = ?::jsonb where account_id = ? and key = ?`,
    [status, JSON.stringify(body), accountId, key]);
}
