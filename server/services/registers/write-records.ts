// Bulk SQL for imported records: submissions, their 'created' history rows and their facts,
// 1,000 rows a statement through jsonb_to_recordset (one parameter per statement), run on the
// caller's transaction. The ORM's unit of work is ~6× slower for bulk JSONB (STACK.md).
// Protected fields as in writeData (SEC-2, SEC-5): encrypted values sealed in data and the
// history diff; neither restricted nor encrypted values reach the search text or the facts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { extractFacts } from '@/engine/rules/facts';
import { initialSnapshot, stateInfo } from '@/engine/workflow';
import type { FormBundle } from '../submissions/form-bundle';
import { dataDiff } from '../submissions/data-diff';
import { searchTextOf } from '../submissions/write-data';
import { concretePaths, sealAt } from '../../security/fields/seal-data';
import { factsForm, sealDiff, withoutSensitive } from '../../security/fields/sensitive';

export const CHUNK = 1000;

export interface RecordOwner { unitId: string; actorId: string; actorName: string; at: Date; today: string }

export async function insertRecords(em: EntityManager, bundle: FormBundle, owner: RecordOwner, rows: Record<string, unknown>[]): Promise<void> {
  const snapshot = initialSnapshot(bundle.workflow);
  const meta = stateInfo(bundle.workflow, snapshot)!;
  const approved = bundle.workflow.machine.states[snapshot.value]?.meta.final === true;
  const { form } = bundle;
  const encrypted = form.encrypted ?? [];
  const ids = rows.map(() => crypto.randomUUID());
  const subs = rows.map((data, i) => ({
    id: ids[i], subject_key: ids[i], data: sealAt(data, concretePaths(encrypted, data)),
    search_text: searchTextOf(withoutSensitive(form, data)),
  }));
  await em.execute(
    `insert into submission (id, form_code, form_version, kind, domain, unit_id, period_key, subject_key, ref_date, data,
       workflow_code, workflow_version, state, snapshot, status, editable, locked, version, created_by, created_at,
       updated_by, updated_at, explanations, search_text)
     select r.id, ?, ?, 'register', ?, ?, null, r.subject_key, ?::date, r.data, ?, ?, ?, ?::jsonb, ?, ?, false, 1, ?, ?, ?, ?, '{}'::jsonb, r.search_text
       from jsonb_to_recordset(?::jsonb) as r(id uuid, subject_key text, data jsonb, search_text text)`,
    [bundle.form.code, bundle.form.version, bundle.form.domain ?? null, owner.unitId, owner.today,
      bundle.workflow.code, bundle.workflow.version, snapshot.value, JSON.stringify(snapshot), meta.status, meta.editable,
      owner.actorId, owner.at, owner.actorId, owner.at, JSON.stringify(subs)],
  );
  const events = rows.map((data, i) => ({ submission_id: ids[i], diff: sealDiff(form, dataDiff({}, data)) }));
  await em.execute(
    `insert into submission_event (submission_id, seq, at, actor_id, actor_name, type, from_state, to_state, comment, diff, data_version, data_snapshot, effects)
     select r.submission_id, 1, ?, ?, ?, 'created', null, ?, null, r.diff, 1, null, '[]'::jsonb
       from jsonb_to_recordset(?::jsonb) as r(submission_id uuid, diff jsonb)`,
    [owner.at, owner.actorId, owner.actorName, snapshot.value, JSON.stringify(events)],
  );
  const factForm = factsForm(form);
  const facts = rows.flatMap((data, i) => extractFacts(factForm, data).map((f) => ({ submission_id: ids[i], field: f.field, category: f.category, value: f.value })));
  if (facts.length === 0) return;
  await em.execute(
    `insert into fact (submission_id, form_code, form_version, unit_id, period_key, field, category, value, status, approved)
     select r.submission_id, ?, ?, ?, null, r.field, r.category, r.value, ?, ?
       from jsonb_to_recordset(?::jsonb) as r(submission_id uuid, field text, category text, value numeric)`,
    [bundle.form.code, bundle.form.version, owner.unitId, meta.status, approved, JSON.stringify(facts)],
  );
}
