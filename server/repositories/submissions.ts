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

const EVENT_COLUMNS = 'submission_id, seq, at, actor_id, actor_name, type, from_state, to_state, comment, diff, data_version, data_snapshot, effects';
const eventValues = (e: NewEvent) => [e.at, e.actorId, e.actorName, e.type, e.fromState, e.toState, e.comment ?? null,
  JSON.stringify(e.diff ?? []), e.dataVersion, e.dataSnapshot ? JSON.stringify(e.dataSnapshot) : null, JSON.stringify(e.effects ?? [])];

/**
 * The INSERT of one history row, as SQL and parameters, so a caller can put it after other
 * statements in one round trip (a CTE). seq is next for the submission; the caller holds the
 * row lock.
 */
export function eventInsert(e: NewEvent): { sql: string; params: unknown[] } {
  return {
    sql: `insert into submission_event (${EVENT_COLUMNS})
          values (?, coalesce((select max(seq) from submission_event where submission_id = ?), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb) returning seq`,
    params: [e.submissionId, e.submissionId, ...eventValues(e)],
  };
}

/**
 * The first history rows of a submission created in the same statement: seq 1, 2, … in the
 * order given (one multi-row INSERT, so the chain trigger links them in that order).
 */
export function firstEventsInsert(events: NewEvent[]): { sql: string; params: unknown[] } {
  return {
    sql: `insert into submission_event (${EVENT_COLUMNS}) values
          ${events.map((_, i) => `(?, ${i + 1}, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb)`).join(', ')} returning seq`,
    params: events.flatMap((e) => [e.submissionId, ...eventValues(e)]),
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
 * The INSERT of a submission's facts as SQL and parameters (for a CTE): three array
 * parameters instead of ten per fact, so a 200-field form is one short statement to parse.
 */
export function factsInsert(s: FactOwner, facts: Fact[]): { sql: string; params: unknown[] } {
  return {
    sql: `insert into fact (submission_id, form_code, form_version, unit_id, period_key, field, category, value, status, approved)
          select ?, ?, ?, ?, ?, f.field, f.category, f.value, ?, ? from unnest(?::text[], ?::text[], ?::numeric[]) f(field, category, value)`,
    params: [s.id, s.formCode, s.formVersion, s.unitId, s.periodKey, s.status, s.approved,
      pgTextArray(facts.map((f) => f.field)), pgTextArray(facts.map((f) => f.category)), `{${facts.map((f) => String(f.value)).join(',')}}`],
  };
}

/** Facts are derived: delete and re-insert them for the submission (one statement), in the caller's transaction. */
export async function rewriteFacts(em: EntityManager, s: FactOwner, facts: Fact[]): Promise<void> {
  if (facts.length === 0) {
    await em.execute(`delete from fact where submission_id = ?`, [s.id]);
    return;
  }
  const insert = factsInsert(s, facts);
  await em.execute(`with d as (delete from fact where submission_id = ?) ${insert.sql}`, [s.id, ...insert.params]);
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
