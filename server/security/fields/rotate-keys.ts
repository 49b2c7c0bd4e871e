// Key rotation (SEC-5): re-encrypts every stored envelope that is not under the current key
// — submission data, history diffs and approval snapshots — in batches, each batch in its
// own transaction with its rows locked, so a stopped rotation resumes where it left off.
// History is append-only; the batch lifts that guard for itself only, inside its transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { keyRing } from './field-keys';
import { envelopeKeyId, isEnvelope } from './envelope';
import { openWithPaths, sealAt } from './seal-data';

export interface RotationReport { keyId: string; submissions: number; events: number }

function stale(value: unknown, current: string): boolean {
  if (isEnvelope(value)) return envelopeKeyId(value) !== current;
  if (Array.isArray(value)) return value.some((v) => stale(v, current));
  if (value && typeof value === 'object') return Object.values(value).some((v) => stale(v, current));
  return false;
}

function reseal<T>(value: T): T {
  const { value: opened, sealed } = openWithPaths(value);
  return sealAt(opened, sealed);
}


async function rotateSubmissions(em: EntityManager, current: string, batch: number): Promise<number> {
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const n = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string; data: unknown }[]>(
        `select id, data from submission where id > ? and data::text like '%$enc:v1:%' order by id limit ? for update`, [after, batch]);
      for (const r of rows) {
        if (stale(r.data, current)) await tx.execute(`update submission set data = ?::jsonb where id = ?`, [JSON.stringify(reseal(r.data)), r.id]);
      }
      after = rows.at(-1)?.id ?? after;
      return rows.length === 0 ? -1 : rows.filter((r) => stale(r.data, current)).length;
    });
    if (n < 0) return done;
    done += n;
  }
}

async function rotateEvents(em: EntityManager, current: string, batch: number): Promise<number> {
  let done = 0;
  let after = 0;
  for (;;) {
    const n = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string; diff: unknown; data_snapshot: unknown }[]>(
        `select id, diff, data_snapshot from submission_event
          where id > ? and (diff::text like '%$enc:v1:%' or data_snapshot::text like '%$enc:v1:%') order by id limit ?`, [after, batch]);
      if (rows.length === 0) return -1;
      after = Number(rows.at(-1)!.id);
      const todo = rows.filter((r) => stale(r.diff, current) || stale(r.data_snapshot, current));
      if (todo.length === 0) return 0;
      await tx.execute(`alter table submission_event disable trigger submission_event_append_only`);
      for (const r of todo) {
        await tx.execute(`update submission_event set diff = ?::jsonb, data_snapshot = ?::jsonb where id = ?`,
          [JSON.stringify(reseal(r.diff)), r.data_snapshot === null ? null : JSON.stringify(reseal(r.data_snapshot)), r.id]);
      }
      await tx.execute(`alter table submission_event enable trigger submission_event_append_only`);
      return todo.length;
    });
    if (n < 0) return done;
    done += n;
  }
}

export async function rotateFieldKeys(em: EntityManager, opts: { batch?: number } = {}): Promise<RotationReport> {
  const current = keyRing().current.id;
  const batch = opts.batch ?? 500;
  return { keyId: current, submissions: await rotateSubmissions(em, current, batch), events: await rotateEvents(em, current, batch) };
}
