// Use case: completeness and timeliness of a form for a period (RPT-7): expected vs
// received (submitted or later) vs approved, on time vs late against the period's due
// date, per unit, per level and per child unit of the scope, and the units still missing.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { badRequest, notFound } from '../errors';
import { findForm, publishedDefinitions } from '../services/definitions/published-definitions';
import { expectedUnits, type ExpectedUnit } from './completeness-sql';
import { periodDefinitionOf, reportPeriod } from './report-period';
import { scopeUnit } from './scope-unit';
import { unitsById } from './row-units';

export interface CompletenessRequest { form?: string | null; period?: string | null; unit?: string | null; date?: string | null }

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 100);

function counts(units: ExpectedUnit[]) {
  const received = units.filter((u) => u.on_time !== null);
  const expected = units.length, approved = units.filter((u) => u.status === 'approved').length;
  const onTime = received.filter((u) => u.on_time).length;
  return {
    expected, received: received.length, approved, onTime, late: received.length - onTime, missing: expected - received.length,
    receivedRate: pct(received.length, expected), approvedRate: pct(approved, expected), onTimeRate: pct(onTime, expected),
  };
}

function groupBy<K>(units: ExpectedUnit[], key: (u: ExpectedUnit) => K): Map<K, ExpectedUnit[]> {
  const out = new Map<K, ExpectedUnit[]>();
  for (const u of units) out.set(key(u), [...(out.get(key(u)) ?? []), u]);
  return out;
}

export async function getCompleteness(em: EntityManager, actor: Actor, today: string, req: CompletenessRequest) {
  if (!req.form) throw badRequest({ vi: 'Thiếu tham số form.', en: 'Parameter form is required.' });
  const defs = await publishedDefinitions(em);
  const form = findForm(defs, req.form);
  if (!form || form.formKind !== 'report') throw notFound({ vi: `biểu mẫu báo cáo "${req.form}"`, en: `Report form "${req.form}"` });
  const { unit, date } = await scopeUnit(em, actor, today, { unit: req.unit, date: req.date, domain: form.domain ?? null });
  const period = reportPeriod(periodDefinitionOf(defs.set, form), req.period, date, false);
  const { units, notCounted } = await expectedUnits(em, {
    scope: unit.id, date, refDate: period.referenceDate, dueDate: period.dueDate, form: form.code, periodKey: period.key ?? '', levels: form.enteredAt,
  });
  const groups = await unitsById(em, [...new Set(units.map((u) => u.group_id).filter((g): g is string => g !== null))]);
  const view = (u: ExpectedUnit) => ({
    id: u.id, code: u.code, name: u.name, level: u.level, groupId: u.group_id, status: u.status ?? 'missing',
    submittedAt: u.submitted_at, approvedAt: u.approved_at,
    timeliness: u.on_time === null ? null : u.on_time ? 'on-time' : 'late', viaSuccessor: u.mapped,
  });
  return {
    form: { code: form.code, version: form.version, title: form.title, enteredAt: form.enteredAt },
    period, date, unit: { id: unit.id, code: unit.code, name: unit.name, level: unit.level },
    summary: { ...counts(units), notCounted },
    byLevel: [...groupBy(units, (u) => u.level)].map(([level, us]) => ({ level, ...counts(us) })),
    byUnit: [...groupBy(units, (u) => u.group_id)].map(([id, us]) => {
      const g = id ? groups.get(id) : undefined;
      return { unit: g ? { id: g.id, code: g.code, name: g.name, level: g.level } : null, ...counts(us) };
    }).sort((a, b) => (a.unit?.code ?? '').localeCompare(b.unit?.code ?? '')),
    units: units.map(view),
    missing: units.filter((u) => u.on_time === null).map(view),
  };
}
