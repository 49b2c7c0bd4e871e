// The submission row as the write path handles it: a plain object read and written with
// hand-written SQL (one statement per step), not through the ORM's unit of work. The hot
// path (create, save, SUBMIT/approve) then costs a few round trips and no change-set
// computation over 200-field JSON (ADR 0003). Encrypted fields are sealed on the way in and
// opened on the way out exactly as the entity's column type does (SEC-2).
import type { EntityManager } from '@mikro-orm/postgresql';
import { openForEntity, sealMarked } from '../security/fields/seal-data';
import type { Fact } from '@/engine/rules/facts';
import { eventInsert, factsInsert, firstEventsInsert, type NewEvent } from './submissions';
import { boundQuery } from './bound-sql';

export interface SubmissionRow {
  id: string;
  formCode: string;
  formVersion: number;
  kind: 'report' | 'register';
  domain: string | null;
  unitId: string;
  periodKey: string | null;
  subjectKey: string | null;
  refDate: string;
  data: Record<string, unknown>;
  workflowCode: string;
  workflowVersion: number;
  state: string;
  snapshot: { value: string };
  status: string;
  editable: boolean;
  locked: boolean;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedBy: string | null;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  lastApprovedVersion: number | null;
  changedSinceApproval: boolean;
  explanations: Record<string, string>;
  searchText: string;
}

interface DbRow {
  id: string; form_code: string; form_version: number; kind: 'report' | 'register'; domain: string | null; unit_id: string;
  period_key: string | null; subject_key: string | null; ref_date: string; data: Record<string, unknown>; workflow_code: string;
  workflow_version: number; state: string; snapshot: { value: string }; status: string; editable: boolean; locked: boolean;
  version: number; created_by: string | null; created_at: Date; updated_by: string | null; updated_at: Date;
  submitted_at: Date | null; approved_at: Date | null; last_approved_version: number | null; changed_since_approval: boolean;
  explanations: Record<string, string>; search_text: string;
}

const COLUMNS = `id, form_code, form_version, kind, domain, unit_id, period_key, subject_key, to_char(ref_date, 'YYYY-MM-DD') ref_date,
  data, workflow_code, workflow_version, state, snapshot, status, editable, locked, version, created_by, created_at, updated_by,
  updated_at, submitted_at, approved_at, last_approved_version, changed_since_approval, explanations, search_text`;

function fromDb(r: DbRow): SubmissionRow {
  return {
    id: r.id, formCode: r.form_code, formVersion: r.form_version, kind: r.kind, domain: r.domain, unitId: r.unit_id,
    periodKey: r.period_key, subjectKey: r.subject_key, refDate: r.ref_date, data: openForEntity(r.data ?? {}),
    workflowCode: r.workflow_code, workflowVersion: r.workflow_version, state: r.state, snapshot: r.snapshot, status: r.status,
    editable: r.editable, locked: r.locked, version: r.version, createdBy: r.created_by, createdAt: new Date(r.created_at),
    updatedBy: r.updated_by, updatedAt: new Date(r.updated_at), submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    approvedAt: r.approved_at ? new Date(r.approved_at) : null, lastApprovedVersion: r.last_approved_version,
    changedSinceApproval: r.changed_since_approval, explanations: r.explanations ?? {}, searchText: r.search_text,
  };
}

/** `lock`: FOR UPDATE, the caller is in a transaction and will write the row. */
export async function selectSubmission(em: EntityManager, id: string, opts: { lock?: boolean } = {}): Promise<SubmissionRow | null> {
  const rows = await boundQuery<DbRow>(em, `select ${COLUMNS} from submission where id = ?${opts.lock ? ' for update' : ''}`, [id]);
  return rows[0] ? fromDb(rows[0]) : null;
}

/** The report of (form, unit, period), if any. */
export async function selectReport(em: EntityManager, formCode: string, unitId: string, periodKey: string): Promise<SubmissionRow | null> {
  const rows = await em.execute<DbRow[]>(
    `select ${COLUMNS} from submission where kind = 'report' and form_code = ? and unit_id = ? and period_key = ?`, [formCode, unitId, periodKey]);
  return rows[0] ? fromDb(rows[0]) : null;
}

const json = (v: unknown) => JSON.stringify(v);

const owner = (r: SubmissionRow, approved: boolean) => ({ ...r, approved });

/**
 * Inserts a new row (its data sealed where marked), its first history rows and its facts in
 * one statement: atomic on its own, no transaction needed. Returns the seq of each history row.
 */
export async function insertSubmission(em: EntityManager, r: SubmissionRow, events: NewEvent[], facts: { facts: Fact[]; approved: boolean }): Promise<number[]> {
  const f = facts.facts.length ? factsInsert(owner(r, facts.approved), facts.facts) : null;
  const e = firstEventsInsert(events);
  const rows = await boundQuery<{ seq: number }>(em,
    `with s as (insert into submission (id, form_code, form_version, kind, domain, unit_id, period_key, subject_key, ref_date, data, workflow_code,
       workflow_version, state, snapshot, status, editable, locked, version, created_by, created_at, updated_by, updated_at,
       submitted_at, approved_at, last_approved_version, changed_since_approval, explanations, search_text)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?))
     ${f ? `, f as (${f.sql})` : ''}
     ${e.sql}`,
    [r.id, r.formCode, r.formVersion, r.kind, r.domain, r.unitId, r.periodKey, r.subjectKey, r.refDate, json(sealMarked(r.data)),
      r.workflowCode, r.workflowVersion, r.state, json(r.snapshot), r.status, r.editable, r.locked, r.version, r.createdBy,
      r.createdAt, r.updatedBy, r.updatedAt, r.submittedAt, r.approvedAt, r.lastApprovedVersion, r.changedSinceApproval,
      json(r.explanations), r.searchText, ...(f?.params ?? []), ...e.params],
  );
  return rows.map((x) => x.seq).sort((a, b) => a - b);
}

export interface UpdateOptions {
  /** Write data, explanations and search text too (an edit), not only the workflow columns. */
  data: boolean;
  /** The history row of this change. */
  event: NewEvent;
  /** New status of the submission's facts (a transition)… */
  factStatus?: { status: string; approved: boolean };
  /** …or its facts rewritten (an edit of the data). */
  facts?: { facts: Fact[]; approved: boolean };
}

/**
 * Writes the row back with its history row and its facts (new status, or rewritten) in one
 * statement; the caller holds the row lock. Returns the history row's seq.
 */
export async function updateSubmission(em: EntityManager, r: SubmissionRow, opts: UpdateOptions): Promise<number> {
  const dataCols = opts.data ? `data = ?::jsonb, explanations = ?::jsonb, search_text = ?,` : '';
  const dataParams = opts.data ? [json(sealMarked(r.data)), json(r.explanations), r.searchText] : [];
  const parts: string[] = [];
  const partParams: unknown[] = [];
  if (opts.factStatus) {
    parts.push(`fs as (update fact set status = ?, approved = ? where submission_id = ?)`);
    partParams.push(opts.factStatus.status, opts.factStatus.approved, r.id);
  }
  if (opts.facts) {
    parts.push(`fd as (delete from fact where submission_id = ?)`);
    partParams.push(r.id);
    if (opts.facts.facts.length) {
      const f = factsInsert(owner(r, opts.facts.approved), opts.facts.facts);
      parts.push(`fi as (${f.sql})`);
      partParams.push(...f.params);
    }
  }
  const e = eventInsert(opts.event);
  const rows = await boundQuery<{ seq: number }>(em,
    `with u as (update submission set ${dataCols} state = ?, snapshot = ?::jsonb, status = ?, editable = ?, locked = ?, version = ?,
       updated_by = ?, updated_at = ?, submitted_at = ?, approved_at = ?, last_approved_version = ?, changed_since_approval = ?
     where id = ?)${parts.map((p) => `, ${p}`).join('')}
     ${e.sql}`,
    [...dataParams, r.state, json(r.snapshot), r.status, r.editable, r.locked, r.version, r.updatedBy, r.updatedAt, r.submittedAt,
      r.approvedAt, r.lastApprovedVersion, r.changedSinceApproval, r.id, ...partParams, ...e.params],
  );
  return rows[0].seq;
}
