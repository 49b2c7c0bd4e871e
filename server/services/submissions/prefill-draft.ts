// Use case: the starting data of a new report or register record (FRM-3: nobody declares again
// what the database holds). Reads what the form's `prefill` names, as the actor may read it (the
// checks of reading a submission of that unit: SEC-3 scope, SEC-2 restricted fields left out,
// encrypted fields never used as a source), and lets the pure engine write it into the draft.
// Previous period: that unit's report for the previous key, its CURRENT data whatever the state
// (draft, submitted, returned, approved) — "what the database holds" is the latest figure; many
// communes' reports are never formally approved, and a reopened report's edits are newer than its
// last approved snapshot. The officer sees every prefilled field and can change it.
// Same-unit-form: that form's newest submission of the unit dated on or before the reference date.
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Actor } from '@/engine/access/actor';
import { canReachUnit } from '@/engine/access/scope';
import { previousPeriod, referenceDate, resolvePeriod } from '@/engine/periods';
import { prefill, type FilledField, type PrefillSources } from '@/engine/rules/prefill';
import { AppError, badRequest, notFound } from '../../errors';
import { subjectUnitByCode, type SubjectUnit } from '../../repositories/submissions-units';
import { ancestorsOn, unitById, type Breadcrumb } from '../../repositories/units';
import { dropPaths, hiddenFor, readableData } from '../../security/fields/sensitive';
import { isEnvelope } from '../../security/fields/envelope';
import { findForm, publishedDefinitions, type PublishedDefinitions } from '../definitions/published-definitions';
import { assertCanRead, rolesOver } from './access';
import { bundleFor } from './form-bundle';
import { actorName } from './subject';

export const prefillQuery = z.object({ unit: z.string().min(1).max(100), period: z.string().min(1).max(40).optional() });

export interface PrefillInput { formCode: string; unitCode: string; periodKey?: string }
export interface PrefillDto { data: Record<string, unknown>; filled: FilledField[] }

type Data = Record<string, unknown>;
interface StoredRow { data: Data; form_version: number }

/** Drops sealed values wherever they are (an older version may have encrypted other fields). */
const withoutEnvelopes = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.filter((x) => !isEnvelope(x)).map(withoutEnvelopes);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => !isEnvelope(x)).map(([k, x]) => [k, withoutEnvelopes(x)]));
};

/** A stored submission as a prefill source: restricted fields the actor may not read and encrypted fields removed. */
function sourceData(defs: PublishedDefinitions, row: StoredRow | undefined, code: string, actor: Actor, unit: SubjectUnit): Data | null {
  if (!row) return null;
  let data = row.data;
  for (const form of [findForm(defs, code, row.form_version), findForm(defs, code)]) {
    if (!form) continue;
    data = dropPaths(data, [...hiddenFor(form, rolesOver(actor, unit, form.domain ?? null)), ...(form.encrypted ?? [])]);
  }
  return withoutEnvelopes(data) as Data;
}

function unitSource(unit: SubjectUnit, chain: Breadcrumb[]): Data {
  const node = (u: { code: string; name: string; level: string }) => ({ code: u.code, name: u.name, level: u.level });
  // chain is root first: each step wraps the one above it, so `parent.parent.name` walks up.
  const parent = chain.reduce<Data | null>((above, a) => ({ ...node(a), parent: above }), null);
  return { ...node(unit), parent, ancestors: chain.map(node), levels: Object.fromEntries([...chain, unit].map((u) => [u.level, node(u)])) };
}

const rowSql = `select data, form_version from submission where form_code = ? and unit_id = ?`;

export async function prefillDraft(em: EntityManager, actor: Actor, input: PrefillInput, _now: Date, today: string): Promise<PrefillDto> {
  const defs = await publishedDefinitions(em);
  const { form, period } = bundleFor(defs, input.formCode);
  let refDate = today;
  if (form.formKind === 'report') {
    const key = input.periodKey;
    if (!key || !period || !resolvePeriod(period, key)) throw badRequest({ vi: `Kỳ báo cáo "${key ?? ''}" không hợp lệ cho biểu mẫu này.`, en: `Period "${key ?? ''}" is not valid for this form.` });
    refDate = referenceDate(period, key);
  }
  const unit = await subjectUnitByCode(em, input.unitCode, refDate);
  if (!unit) throw notFound({ vi: `đơn vị "${input.unitCode}"`, en: `Unit "${input.unitCode}"` });
  assertCanRead(actor, unit, form.domain ?? null);
  if (!form.enteredAt.includes(unit.level)) throw new AppError('validation-failed', { vi: 'Đơn vị này không nhập biểu mẫu này.', en: 'This unit does not enter this form.' });
  const roles = rolesOver(actor, unit, form.domain ?? null);
  const specs = form.prefill ?? [];
  const uses = (s: string) => specs.some((p) => p.from.source === s);
  const forms: Record<string, Data | null> = {};
  const sources: PrefillSources = { forms };

  let base: Data = {};
  if (form.formKind === 'report') {
    const [current] = await em.execute<StoredRow[]>(`${rowSql} and kind = 'report' and period_key = ?`, [form.code, unit.id, input.periodKey]);
    const version = current ? findForm(defs, form.code, current.form_version) : undefined;
    if (current && version) base = readableData(version, current.data, roles);
    const prevKey = uses('previous-period') && period ? previousPeriod(period, input.periodKey!)?.key : undefined;
    if (prevKey) {
      const [row] = await em.execute<StoredRow[]>(`${rowSql} and kind = 'report' and period_key = ?`, [form.code, unit.id, prevKey]);
      const data = sourceData(defs, row, form.code, actor, unit);
      sources.previousPeriod = data ? { periodKey: prevKey, data } : null;
    }
  }
  for (const code of new Set(specs.flatMap((p) => (p.from.source === 'same-unit-form' && p.from.form ? [p.from.form] : [])))) {
    const other = findForm(defs, code);
    // Another domain's form is read only within a grant that covers that domain too.
    if (!other || !canReachUnit(actor, unit, { domain: other.domain ?? null })) continue;
    const [row] = await em.execute<StoredRow[]>(`${rowSql} and ref_date <= ?::date order by ref_date desc, updated_at desc limit 1`, [code, unit.id, refDate]);
    forms[code] = sourceData(defs, row, code, actor, unit);
  }
  if (uses('unit')) sources.unit = unitSource(unit, await ancestorsOn(em, unit.id, refDate));
  if (uses('actor')) {
    const home = await unitById(em, actor.homeUnit.id);
    sources.actor = { name: await actorName(em, actor), username: actor.username, homeUnit: { code: actor.homeUnit.code, name: home?.name ?? actor.homeUnit.code, level: actor.homeUnit.level } };
  }
  return prefill(form, sources, { base, skipFields: hiddenFor(form, roles) });
}
