// Use case: one report, live. Resolves template, period, tree date and scope unit, runs the
// aggregation over the tree of that date, and builds the report model, stating which tree
// was used and how many facts reached it through succession links (ORG-4, RPT-1, RPT-2).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { buildReport } from '@/engine/reports/build-report';
import type { ReportModel } from '@/engine/reports/model';
import { badRequest } from '../errors';
import { aggregateFacts, type StateFilter } from './aggregate-facts';
import { categoryRows, unitRows } from './assemble-rows';
import { periodDefinitionOf, reportPeriod, type ReportPeriod } from './report-period';
import { loadTemplate } from './report-template';
import { rowUnits, unitsById } from './row-units';
import { scopeUnit } from './scope-unit';

export interface ReportRequest { period?: string | null; unit?: string | null; date?: string | null; state?: string | null; level?: string | null }

export interface ReportResult extends ReportModel {
  period: ReportPeriod;
  unit: { id: string; code: string; name: string; level: string };
  state: StateFilter;
  tree: { date: string; facts: number; mappedFacts: number; unallocatedFacts: number };
}

function stateOf(value: string | null | undefined): StateFilter {
  if (!value || value === 'approved') return 'approved';
  if (value === 'submitted') return 'submitted';
  throw badRequest({ vi: 'Tham số state phải là approved hoặc submitted.', en: 'Parameter state must be approved or submitted.' });
}

export async function getReport(em: EntityManager, actor: Actor, today: string, code: string, req: ReportRequest): Promise<ReportResult> {
  const { defs, def, forms, form } = await loadTemplate(em, actor, code);
  const state = stateOf(req.state);
  const { unit, date } = await scopeUnit(em, actor, today, { unit: req.unit, date: req.date, domain: def.domain ?? null });
  const period = reportPeriod(periodDefinitionOf(defs.set, form), req.period, date);
  const byLevel = def.rows.by === 'unit-level';
  const level = byLevel ? req.level || (def.rows.by === 'unit-level' ? def.rows.level : null) : null;
  const groupLevel = byLevel ? def.totals?.subtotalsBy ?? null : null;
  const sources = def.columns.flatMap((c) => ('formula' in c.value ? [] : [c.value]));
  const fields = [...new Set(sources.map((v) => v.field))];
  // Every fact field of the form is asked for: the aggregation can skip its per-fact field test.
  const allFields = forms.length === 1 && (form.aggregate ?? []).every((a) => a.fn === 'none' || fields.includes(a.field));
  const byCategory = level === null || sources.some((v) => v.category !== undefined);
  const minMax = sources.some((v) => v.fn === 'min' || v.fn === 'max');
  // The rows' units load on another connection while the facts aggregate (a round trip less).
  const [agg, units] = await Promise.all([aggregateFacts(em, {
    scope: unit.id, date, refDate: period.referenceDate, moreRefDates: period.referenceDates, level, groupLevel, forms, periodKeys: period.key === null ? null : period.keys, fields, allFields, state, byCategory, minMax,
  }), level === null ? null : rowUnits(em.fork(), unit.id, date, level, groupLevel)]);
  let input;
  if (units !== null) {
    const groupIds = [...new Set([...units.map((u) => u.groupId), ...[...agg.byRow.values()].map((e) => e.groupKey)])].filter((g): g is string => g !== null);
    input = { ...unitRows(units, agg, await unitsById(em, groupIds)), rowLabel: { vi: 'Tên đơn vị', en: 'Unit' } };
  } else {
    const catalog = def.rows.by === 'catalog' ? defs.set.catalogs.latest(def.rows.catalog) : undefined;
    input = { ...categoryRows(catalog?.items ?? null, agg, date), rowLabel: catalog?.title ?? { vi: 'Chỉ tiêu', en: 'Item' } };
  }
  return {
    ...buildReport(def, input),
    period,
    unit: { id: unit.id, code: unit.code, name: unit.name, level: unit.level },
    state,
    tree: { date, facts: agg.facts, mappedFacts: agg.mappedFacts, unallocatedFacts: agg.unallocatedFacts },
  };
}
