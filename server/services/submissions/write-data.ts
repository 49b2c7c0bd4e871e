// The one path by which user-entered data reaches the database: the schema and the rules run
// on the server (types, bounds, computed fields, validations), the row is written, a history
// row with the diff is appended and the facts are rewritten, all inside the caller's transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { runFormRules, type FormRunResult, type RuleIssue } from '@/engine/rules/form-runtime';
import { checkSchema } from '@/engine/rules/schema-check';
import { extractFacts } from '@/engine/rules/facts';
import { insertSubmission, updateSubmission, type SubmissionRow } from '../../repositories/submission-store';
import { AppError } from '../../errors';
import type { NewEvent } from '../../repositories/submissions';
import { dataDiff } from './data-diff';
import { markForSealing } from '../../security/fields/seal-data';
import { factsForm, sealDiff, withoutSensitive } from '../../security/fields/sensitive';
import { keepHidden } from '../../security/fields/keep-hidden';
import type { FormBundle } from './form-bundle';

export interface DataInput {
  data: Record<string, unknown>;
  explanations?: Record<string, string>;
}

const under = (field: string, hidden: string[]) => hidden.some((h) => field === h || field.startsWith(`${h}.`) || field.startsWith(`${h}[`));

/**
 * Rules, then the JSON Schema over the resulting data (fields hidden by visibility rules are
 * not checked). `complete`: the data is being submitted, so required fields must be there.
 */
export function runRules(bundle: FormBundle, data: unknown, explanations: Record<string, string>, now: Date, opts: { complete?: boolean } = {}): FormRunResult {
  const run = runFormRules(bundle.form, data, { now, explanations, catalogs: bundle.catalogs });
  const schemaIssues: RuleIssue[] = checkSchema(bundle.form.schema, run.data, { required: opts.complete === true })
    .filter((i) => !under(i.field, run.hidden))
    .map((i) => ({ ruleId: `schema:${i.keyword}`, severity: 'error', field: i.field, message: i.message, needsExplanation: false }));
  if (schemaIssues.length === 0) return run;
  return { ...run, issues: [...schemaIssues, ...run.issues], blocking: true };
}

/** Text for accent-insensitive search in registers: every scalar value of the record. */
export function searchTextOf(data: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return out.join(' ').slice(0, 4000);
}

export function notEditable(row: SubmissionRow, label: { vi: string; en: string } | undefined): AppError {
  const name = label ?? { vi: row.state, en: row.state };
  return new AppError('workflow-refused', {
    vi: `Hồ sơ đang ở trạng thái "${name.vi}" nên không thể sửa. Cần được trả lại hoặc hủy duyệt trước khi sửa.`,
    en: `The submission is in state "${name.en}" and cannot be edited. It must be returned or unapproved first.`,
  }, { state: row.state, submissionStatus: row.status });
}

export interface Written {
  run: FormRunResult;
  /** seq of each history row written (none when an edit changed nothing). */
  seqs: number[];
}

/**
 * What may follow the creation of a row in the same statement (create-and-submit): called
 * with the rule results once the data is in the row; it moves the row on and returns the
 * history row of that move, or throws to write nothing at all.
 */
export type AfterCreate = (run: FormRunResult) => NewEvent;

/**
 * Writes new data into a (new or locked) row and records it with its history row and facts in
 * one statement (for a new row: atomic without a transaction); returns the rule results.
 */
export async function writeData(
  em: EntityManager, row: SubmissionRow, bundle: FormBundle, input: DataInput,
  who: { actor: Actor; name: string; at: Date; hidden?: string[] }, type: 'created' | 'edited', after?: AfterCreate,
): Promise<Written> {
  if (typeof input.data !== 'object' || input.data === null || Array.isArray(input.data)) {
    throw new AppError('bad-request', { vi: 'Dữ liệu phải là một đối tượng JSON.', en: 'data must be a JSON object.' });
  }
  const explanations = { ...(row.explanations ?? {}), ...(input.explanations ?? {}) };
  // Fields the writer may not see keep their stored values when not sent (SEC-2): never erased.
  const incoming = keepHidden(input.data, row.data, who.hidden ?? []);
  const run = runRules(bundle, incoming, explanations, who.at, { complete: after !== undefined });
  const diff = dataDiff(type === 'created' ? {} : row.data, run.data);
  const sameExplanations = JSON.stringify(explanations) === JSON.stringify(row.explanations ?? {});
  if (type === 'edited' && diff.length === 0 && sameExplanations) return { run, seqs: [] };
  row.data = markForSealing(run.data, bundle.form.encrypted);
  row.explanations = explanations;
  row.searchText = row.kind === 'register' ? searchTextOf(withoutSensitive(bundle.form, run.data)) : '';
  row.updatedBy = who.actor.accountId;
  row.updatedAt = who.at;
  if (type === 'edited') {
    row.version += 1;
    if (row.lastApprovedVersion !== null && row.lastApprovedVersion !== undefined && diff.length > 0) row.changedSinceApproval = true;
  }
  const event: NewEvent = {
    submissionId: row.id, at: who.at, actorId: who.actor.accountId, actorName: who.name, type,
    fromState: type === 'created' ? null : row.state, toState: row.state, diff: sealDiff(bundle.form, diff), dataVersion: row.version,
  };
  const next = type === 'created' && after ? after(run) : null;
  const facts = { facts: extractFacts(factsForm(bundle.form), run.data), approved: bundle.workflow.machine.states[row.state]?.meta.final === true };
  if (type === 'created') return { run, seqs: await insertSubmission(em, row, next ? [event, next] : [event], facts) };
  return { run, seqs: [await updateSubmission(em, row, { data: true, event, facts })] };
}
