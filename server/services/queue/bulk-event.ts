// Use case: bulk approve (or any event the workflow allows) of selected queue rows. Each
// row runs in its own transaction through the same use case as a single event, so one
// refused or stale row never blocks the others; the answer is per row.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { AppError } from '../../errors';
import { applyEvent } from '../submissions/apply-event';
import type { EventResult } from '../submissions/event-result';

export type BulkRowResult =
  | { id: string; ok: true; result: EventResult }
  | { id: string; ok: false; code: string; status: number; message: { vi: string; en: string } };

export async function bulkEvent(
  em: EntityManager, actor: Actor,
  input: { ids: string[]; type: string; comment?: string; expectedVersions: Record<string, number> }, now: Date,
): Promise<BulkRowResult[]> {
  const out: BulkRowResult[] = [];
  for (const id of input.ids) {
    try {
      const result = await applyEvent(em.fork(), actor, { id, type: input.type, comment: input.comment, expectedVersion: input.expectedVersions[id] }, now);
      out.push({ id, ok: true, result });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      out.push({ id, ok: false, code: err.code, status: err.status, message: err.text });
    }
  }
  return out;
}
