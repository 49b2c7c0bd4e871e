// The submission row as the write path handles it: a plain object read and written with
// hand-written SQL (one statement per step), not through the ORM's unit of work. The hot
// path (create, save, SUBMIT/approve) then costs a few round trips and no change-set
// computation over 200-field JSON (ADR 0003). Encrypted fields are sealed on the way in and
// opened on the way out exactly as the entity's column type does (SEC-2).
import type { EntityManager } from '@mikro-orm/postgresql';
import { openForEntity, sealMarked } from '../security/fields/seal-data';
import { eventInsert, type NewEvent } from './submissions';

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
  const rows = await em.execute<DbRow[]>(`select ${COLUMNS} from submission where id = ?${opts.lock ? ' for update' : ''}`, [id]);
  return rows[0] ? fromDb(rows[0]) : null;
}

/** The report of (form, unit, period), if any. */
export async function selectReport(em: EntityManager, formCode: string, unitId: string, periodKey: string): Promise<SubmissionRow | null> {
  const rows = await em.execute<DbRow[]>(
    `select ${COLUMNS} from submission where kind = 'report' and form_code = ? and unit_id = ? and period_key = ?`, [formCode, unitId, periodKey]);
  return rows[0] ? fromDb(rows[0]) : null;
}

const json = (v: unknown) => JSON.stringify(v);

/** Inserts a new row (its data sealed where marked) and its first history row in one statement; returns that row's seq. */
export async function insertSubmission(em: EntityManager, r: SubmissionRow, event: NewEvent): Promise<number> {
  const e = eventInsert(event, { first: true });
  const rows = await em.execute<{ seq: number }[]>(
    `with s as (insert into submission (id, form_code, form_version, kind, domain, unit_id, period_key, subject_key, ref_date, data, workflow_code,
       workflow_version, state, snapshot, status, editable, locked, version, created_by, created_at, updated_by, updated_at,
       submitted_at, approved_at, last_approved_version, changed_since_approval, explanations, search_text)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?))
     ${e.sql}`,
    [r.id, r.formCode, r.formVersion, r.kind, r.domain, r.unitId, r.periodKey, r.subjectKey, r.refDate, json(sealMarked(r.data)),
      r.workflowCode, r.workflowVersion, r.state, json(r.snapshot), r.status, r.editable, r.locked, r.version, r.createdBy,
      r.createdAt, r.updatedBy, r.updatedAt, r.submittedAt, r.approvedAt, r.lastApprovedVersion, r.changedSinceApproval,
      json(r.explanations), r.searchText, ...e.params],
  );
  return rows[0].seq;
}

export interface UpdateOptions {
  /** Write data, explanations and search text too (an edit), not only the workflow columns. */
  data: boolean;
  /** The history row of this change. */
  event: NewEvent;
  /** New status of the submission's facts (a transition), in the same statement. */
  facts?: { status: string; approved: boolean };
}

/**
 * Writes the row back with its history row (and the facts' new status) in one statement
 * (the caller holds the row lock); returns the history row's seq.
 */
export async function updateSubmission(em: EntityManager, r: SubmissionRow, opts: UpdateOptions): Promise<number> {
  const dataCols = opts.data ? `data = ?::jsonb, explanations = ?::jsonb, search_text = ?,` : '';
  const dataParams = opts.data ? [json(sealMarked(r.data)), json(r.explanations), r.searchText] : [];
  const facts = opts.facts ? `, f as (update fact set status = ?, approved = ? where submission_id = ?)` : '';
  const factParams = opts.facts ? [opts.facts.status, opts.facts.approved, r.id] : [];
  const e = eventInsert(opts.event);
  const rows = await em.execute<{ seq: number }[]>(
    `with u as (update submission set ${dataCols} state = ?, snapshot = ?::jsonb, status = ?, editable = ?, locked = ?, version = ?,
       updated_by = ?, updated_at = ?, submitted_at = ?, approved_at = ?, last_approved_version = ?, changed_since_approval = ?
     where id = ?)${facts}
     ${e.sql}`,
    [...dataParams, r.state, json(r.snapshot), r.status, r.editable, r.locked, r.version, r.updatedBy, r.updatedAt, r.submittedAt,
      r.approvedAt, r.lastApprovedVersion, r.changedSinceApproval, r.id, ...factParams, ...e.params],
  );
  return rows[0].seq;
}
