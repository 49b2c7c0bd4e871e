// Use case: the officer's inbox (PER-1..5). For every published report form and every period
// that is open (or holds a report returned to the actor): the units asked for it — those at the
// form's levels valid on the period's reference date in the actor's data-entry subtree on
// that date (inbox-queries.ts; the tree the save path checks) — with status, due date, days left, overdue and, for returned reports,
// the reason (one query for all). Returned work comes first.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import type { FormDefinition } from '@/engine/definitions/form';
import { openPeriods, deadlineInfo, periodTypeOfKey, referenceDate } from '@/engine/periods';
import { publishedDefinitions } from '../definitions/published-definitions';
import { bundleFor } from '../submissions/form-bundle';
import { entryUnitsOn, returnedKeys, submissionsFor, type EntryUnit } from './inbox-queries';
import { inboxRank, inboxStatus, isOpenWork, type InboxStatus } from './inbox-status';
import { periodLabel, type PeriodLabel } from './period-label';
import { returnReasons, type ReturnReason } from './return-reasons';

export interface InboxItem {
  form: { code: string; version: number; title: { vi: string; en?: string } };
  unit: { id: string; code: string; name: string };
  periodKey: string;
  periodLabel: PeriodLabel;
  status: InboxStatus;
  state: string | null;
  stateLabel: { vi: string; en: string } | null;
  submissionId: string | null;
  version: number | null;
  due: string;
  daysLeft: number;
  overdue: boolean;
  changedSinceApproval: boolean;
  returnReason: ReturnReason | null;
}

const domainMatches = (form: FormDefinition, unit: EntryUnit) => unit.domains.includes(null) || unit.domains.includes(form.domain ?? null) || form.domain === undefined;

export async function getInbox(em: EntityManager, actor: Actor, now: Date): Promise<InboxItem[]> {
  if (!actor.grants.some((g) => g.role === 'data_entry')) return [];
  const defs = await publishedDefinitions(em);
  const forms = defs.forms.filter((f) => f.formKind === 'report' && f.period);
  if (forms.length === 0) return [];
  const returned = await returnedKeys(em, actor, forms.map((f) => f.code));
  const keysOf = new Map(forms.map((form) => {
    const period = bundleFor(defs, form.code).period!;
    const keys = new Set(openPeriods(period, now));
    for (const r of returned) if (r.form_code === form.code && periodTypeOfKey(r.period_key) === period.type) keys.add(r.period_key);
    return [form.code, [...keys].map((key) => ({ key, ref: referenceDate(period, key) }))];
  }));
  const unitsOn = await entryUnitsOn(em, actor, [...new Set([...keysOf.values()].flat().map((k) => k.ref))]);
  const unitIds = [...new Set([...unitsOn.values()].flat().map((u) => u.id))];
  const stored = await submissionsFor(em, forms.map((f) => f.code), unitIds);
  const byKey = new Map(stored.map((s) => [`${s.form_code}|${s.unit_id}|${s.period_key}`, s]));
  const items: InboxItem[] = [];
  for (const form of forms) {
    const period = bundleFor(defs, form.code).period!;
    const open = new Set(openPeriods(period, now));
    for (const { key, ref } of keysOf.get(form.code)!) {
      for (const unit of (unitsOn.get(ref) ?? []).filter((u) => form.enteredAt.includes(u.level) && domainMatches(form, u))) {
        const s = byKey.get(`${form.code}|${unit.id}|${key}`);
        const status = inboxStatus(s?.status ?? null);
        if (!open.has(key) && status !== 'returned') continue;
        const deadline = deadlineInfo(period, key, now);
        const wf = s ? defs.set.workflows.get(s.workflow_code, s.workflow_version) : undefined;
        items.push({
          form: { code: form.code, version: s?.form_version ?? form.version, title: form.title },
          unit: { id: unit.id, code: unit.code, name: unit.name },
          periodKey: key, periodLabel: periodLabel(key, period), status, state: s?.state ?? null,
          stateLabel: s && wf ? wf.machine.states[s.state]?.meta.label ?? null : null,
          submissionId: s?.id ?? null, version: s?.version ?? null,
          due: deadline.due, daysLeft: deadline.daysLeft, overdue: deadline.overdue && isOpenWork(status),
          changedSinceApproval: s?.changed_since_approval ?? false, returnReason: null,
        });
      }
    }
  }
  const reasons = await returnReasons(em, items.filter((i) => i.status === 'returned' && i.submissionId).map((i) => i.submissionId!));
  for (const i of items) if (i.submissionId) i.returnReason = reasons.get(i.submissionId) ?? null;
  return items.sort((a, b) => inboxRank(a) - inboxRank(b) || a.due.localeCompare(b.due) || a.unit.code.localeCompare(b.unit.code));
}
