// SQL for a submission's history and facts, run on the caller's entity manager so it joins
// the service's transaction: history and facts commit or roll back with the data.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Fact } from '@/engine/rules/facts';
import { openData } from '../security/fields/seal-data';

export interface NewEvent {
  submissionId: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  type: string;
  fromState: string | null;
  toState: string;
  comment?: string | null;
  diff?: unknown[];
  dataVersion: number;
  dataSnapshot?: Record<string, unknown> | null;
  effects?: unknown[];
}

/**
 * The INSERT of one history row, as SQL and parameters, so a caller can put it after other
 * statements in one round trip (a CTE). seq is next for the submission; the caller holds the
 * row lock (or created the row in this statement: then `first` gives seq 1).
 */
export function eventInsert(e: NewEvent, opts: { first?: boolean } = {}): { sql: string; params: unknown[] } {
  const seq = opts.first ? '1' : 'coalesce((select max(seq) from submission_event where submission_id = ?), 0) + 1';
  return {
    sql: `insert into submission_event (submission_id, seq, at, actor_id, actor_name, type, from_state, to_state, comment, diff, data_version, data_snapshot, effects)
          values (?, ${seq}, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb) returning seq`,
    params: [e.submissionId, ...(opts.first ? [] : [e.submissionId]), e.at, e.actorId, e.actorName, e.type, e.fromState, e.toState, e.comment ?? null,
      JSON.stringify(e.diff ?? []), e.dataVersion, e.dataSnapshot ? JSON.stringify(e.dataSnapshot) : null, JSON.stringify(e.effects ?? [])],
  };
}

/** Appends one history row on its own; returns its seq. */
export async function appendEvent(em: EntityManager, e: NewEvent): Promise<number> {
  const { sql, params } = eventInsert(e);
  const rows = await em.execute<{ seq: number }[]>(sql, params);
  return rows[0].seq;
}

export interface FactOwner {
  id: string; formCode: string; formVersion: number; unitId: string; periodKey: string | null; status: string; approved: boolean;
}

/**
 * Facts are derived: delete and re-insert them for the submission, in the same transaction.
 * `fresh`: the submission was created in this transaction, so it has no facts to delete.
 */
export async function rewriteFacts(em: EntityManager, s: FactOwner, facts: Fact[], opts: { fresh?: boolean } = {}): Promise<void> {
  if (facts.length === 0) {
    if (!opts.fresh) await em.execute(`delete from fact where submission_id = ?`, [s.id]);
    return;
  }
  // Three array parameters instead of ten per fact: a 200-field form is one short statement to
  // parse, and the delete of the old facts rides in the same statement.
  const clear = opts.fresh ? '' : 'with d as (delete from fact where submission_id = ?) ';
  await em.execute(
    `${clear}insert into fact (submission_id, form_code, form_version, unit_id, period_key, field, category, value, status, approved)
     select ?, ?, ?, ?, ?, f.field, f.category, f.value, ?, ? from unnest(?::text[], ?::text[], ?::numeric[]) f(field, category, value)`,
    [...(opts.fresh ? [] : [s.id]), s.id, s.formCode, s.formVersion, s.unitId, s.periodKey, s.status, s.approved,
      pgTextArray(facts.map((f) => f.field)), pgTextArray(facts.map((f) => f.category)), `{${facts.map((f) => String(f.value)).join(',')}}`],
  );
}

/** A PostgreSQL array literal of texts (NULLs kept), passed as one parameter. */
function pgTextArray(values: (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

export interface EventRow {
  seq: number; at: Date; actor_id: string | null; actor_name: string | null; type: string; from_state: string | null;
  to_state: string; comment: string | null; diff: unknown[]; data_version: number; effects: unknown[];
}

export async function listEvents(em: EntityManager, submissionId: string): Promise<EventRow[]> {
  return em.execute<EventRow[]>(
    `select seq, at, actor_id, actor_name, type, from_state, to_state, comment, diff, data_version, effects
       from submission_event where submission_id = ? order by seq`,
    [submissionId],
  );
}

/** The data as it was at the last approval stamp, or null if never approved. */
export async function lastApprovedData(em: EntityManager, submissionId: string): Promise<Record<string, unknown> | null> {
  const rows = await em.execute<{ data_snapshot: Record<string, unknown> }[]>(
    `select data_snapshot from submission_event where submission_id = ? and data_snapshot is not null order by seq desc limit 1`,
    [submissionId],
  );
  return rows[0] ? openData(rows[0].data_snapshot) : null;
}

/** Account of the last SUBMIT-like transition out of an editable state (for 'submitter' notifications). */
export async function lastSubmitter(em: EntityManager, submissionId: string, editableStates: string[]): Promise<string | null> {
  const rows = await em.execute<{ actor_id: string | null }[]>(
    `select actor_id from submission_event where submission_id = ? and from_state = any(?::text[]) and to_state <> from_state
      order by seq desc limit 1`,
    [submissionId, `{${editableStates.join(',')}}`],
  );
  return rows[0]?.actor_id ?? null;
}
