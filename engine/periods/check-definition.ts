// Semantic checks of a period definition that the schema cannot express: campaign dates
// and ids, and the order of the derived dates, checked on sample periods (three years,
// leap year included) so month-length effects show up at import, not in production.
import type { LocalIssue } from '@/engine/core/issue';
import type { PeriodDefinition, WindowSpec } from '@/engine/definitions/period';
import { isCivilDate, maxDate } from './civil-date';
import { periodsAround, type Period } from './resolve';
import { resolveOffset } from './status';

const RECURRING_ID = /^\d{4}(-\d{2})?$/;

function campaignIssues(def: PeriodDefinition): LocalIssue[] {
  const issues: LocalIssue[] = [];
  const c = def.campaign;
  if (!c) return issues;
  if (!c.yearly && !c.monthly && !(c.instances && c.instances.length > 0)) {
    issues.push({ pointer: '/campaign', message: 'a campaign needs yearly dates, monthly days or at least one instance' });
  }
  if (c.yearly) {
    for (const f of ['start', 'end'] as const) {
      if (!isCivilDate(`2023-${c.yearly[f]}`)) issues.push({ pointer: `/campaign/yearly/${f}`, message: `${c.yearly[f]} does not exist every year` });
    }
  }
  const seen = new Set<string>();
  (c.instances ?? []).forEach((inst, i) => {
    if (inst.end < inst.start) issues.push({ pointer: `/campaign/instances/${i}/end`, message: `end ${inst.end} is before start ${inst.start}` });
    if (seen.has(inst.id)) issues.push({ pointer: `/campaign/instances/${i}/id`, message: `duplicate campaign id '${inst.id}'` });
    if ((c.yearly || c.monthly) && RECURRING_ID.test(inst.id)) {
      issues.push({ pointer: `/campaign/instances/${i}/id`, message: `id '${inst.id}' collides with the keys of the recurring campaign (YYYY or YYYY-MM)` });
    }
    seen.add(inst.id);
  });
  return issues;
}

function samplePeriods(def: PeriodDefinition): Period[] {
  switch (def.type) {
    case 'Monthly': return periodsAround(def, '2024-06-15', 17, 18);
    case 'Quarterly': return periodsAround(def, '2024-06-15', 5, 6);
    case 'SixMonthly': return periodsAround(def, '2024-06-15', 2, 3);
    case 'Yearly': return periodsAround(def, '2024-06-15', 1, 1);
    case 'Phase': return def.phase ? periodsAround(def, `${def.phase.startYear}-01-01`, 0, 1) : [];
    case 'Campaign': return periodsAround(def, '2024-06-15', 12, 12).filter((p) => p.start <= p.end);
    default: { const _x: never = def.type; return _x; }
  }
}

function windowIssue(spec: WindowSpec, p: Period, close: string): LocalIssue | null {
  switch (spec.kind) {
    case 'last-days-of-month': return null;
    case 'days-of-month':
      return spec.fromDay > spec.toDay ? { pointer: '/approvalWindow/toDay', message: `toDay ${spec.toDay} is before fromDay ${spec.fromDay}` } : null;
    case 'period-relative': {
      const from = resolveOffset(p, spec.from), to = resolveOffset(p, spec.to);
      if (to < from) return { pointer: '/approvalWindow/to', message: `window ends (${to}) before it starts (${from}) for period ${p.key}` };
      if (from < p.start) return { pointer: '/approvalWindow/from', message: `window starts (${from}) before period ${p.key} starts (${p.start})` };
      const latest = maxDate(p.end, close);
      if (to > latest) return { pointer: '/approvalWindow/to', message: `window ends (${to}) after both the end of period ${p.key} and its entry close (${latest})` };
      return null;
    }
    default: { const _x: never = spec; return _x; }
  }
}

function dateOrderIssues(def: PeriodDefinition): LocalIssue[] {
  const found = new Map<string, LocalIssue>();
  const add = (issue: LocalIssue | null) => { if (issue && !found.has(issue.pointer)) found.set(issue.pointer, issue); };
  for (const p of samplePeriods(def)) {
    const open = resolveOffset(p, def.entry.open), close = resolveOffset(p, def.entry.close), due = resolveOffset(p, def.due);
    if (close < open) add({ pointer: '/entry/close', message: `entry closes (${close}) before it opens (${open}) for period ${p.key}` });
    if (due < p.end) add({ pointer: '/due', message: `due date (${due}) is before the end of period ${p.key} (${p.end})` });
    if (due < open) add({ pointer: '/due', message: `due date (${due}) is before entry opens (${open}) for period ${p.key}` });
    if (def.lock?.afterClose && close < p.start) add({ pointer: '/lock', message: `period ${p.key} would be locked before it starts` });
    if (def.approvalWindow) add(windowIssue(def.approvalWindow, p, close));
  }
  return [...found.values()];
}

export function checkPeriodSemantics(def: PeriodDefinition): LocalIssue[] {
  const campaign = campaignIssues(def);
  // Date order on campaign samples is meaningless while the campaign dates themselves are wrong.
  return campaign.length > 0 ? campaign : dateOrderIssues(def);
}
