// Use case: the officer's inbox (PER-1..5). For every unit the actor enters data for and
// every published report form entered at that unit's level: the open periods with status,
// due date, days left and overdue; returned submissions of any period come first.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import type { FormDefinition } from '@/engine/definitions/form';
import { openPeriods, deadlineInfo } from '@/engine/periods';
import { publishedDefinitions } from '../definitions/published-definitions';
import { bundleFor } from '../submissions/form-bundle';
import { entryUnits, submissionsFor, type EntryUnit } from './inbox-queries';
import { inboxRank, inboxStatus, isOpenWork, type InboxStatus } from './inbox-status';

export interface InboxItem {
  form: { code: string; version: number; title: { vi: string; en?: string } };
  unit: { id: string; code: string; name: string };
  periodKey: string;
  status: InboxStatus;
  state: string | null;
  stateLabel: { vi: string; en: string } | null;
  submissionId: string | null;
  version: number | null;
  due: string;
  daysLeft: number;
  overdue: boolean;
  changedSinceApproval: boolean;
}

const domainMatches = (form: FormDefinition, unit: EntryUnit) => unit.domains.includes(null) || unit.domains.includes(form.domain ?? null) || form.domain === undefined;

export async function getInbox(em: EntityManager, actor: Actor, now: Date): Promise<InboxItem[]> {
  const defs = await publishedDefinitions(em);
  const forms = defs.forms.filter((f) => f.formKind === 'report' && f.period);
  const units = await entryUnits(em, actor, now);
  if (forms.length === 0 || units.length === 0) return [];
  const stored = await submissionsFor(em, forms.map((f) => f.code), units.map((u) => u.id));
  const byKey = new Map(stored.map((s) => [`${s.form_code}|${s.unit_id}|${s.period_key}`, s]));
  const items: InboxItem[] = [];
  for (const form of forms) {
    const bundle = bundleFor(defs, form.code);
    const period = bundle.period!;
    const open = openPeriods(period, now);
    for (const unit of units.filter((u) => form.enteredAt.includes(u.level) && domainMatches(form, u))) {
      const returned = stored.filter((s) => s.form_code === form.code && s.unit_id === unit.id && inboxStatus(s.status) === 'returned').map((s) => s.period_key);
      for (const key of [...new Set([...open, ...returned])]) {
        const s = byKey.get(`${form.code}|${unit.id}|${key}`);
        const status = inboxStatus(s?.status ?? null);
        const deadline = deadlineInfo(period, key, now);
        const wf = s ? defs.set.workflows.get(s.workflow_code, s.workflow_version) : undefined;
        items.push({
          form: { code: form.code, version: s?.form_version ?? form.version, title: form.title },
          unit: { id: unit.id, code: unit.code, name: unit.name },
          periodKey: key, status, state: s?.state ?? null,
          stateLabel: s && wf ? wf.machine.states[s.state]?.meta.label ?? null : null,
          submissionId: s?.id ?? null, version: s?.version ?? null,
          due: deadline.due, daysLeft: deadline.daysLeft, overdue: deadline.overdue && isOpenWork(status),
          changedSinceApproval: s?.changed_since_approval ?? false,
        });
      }
    }
  }
  return items.sort((a, b) => inboxRank(a) - inboxRank(b) || a.due.localeCompare(b.due) || a.unit.code.localeCompare(b.unit.code));
}
