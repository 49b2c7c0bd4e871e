// Use case: the history timeline of a submission (who, what, when, why), for readers in
// scope; diffs of fields the reader may not see are left out (SEC-2).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { listEvents } from '../../repositories/submissions';
import { assertCanRead, rolesOver } from './access';
import { withoutPaths, type DiffEntry } from './data-diff';
import { openData } from '../../security/fields/seal-data';
import { loadSubject } from './subject';

export interface HistoryEntry {
  seq: number; at: string; actor: { id: string | null; name: string | null }; type: string;
  fromState: string | null; toState: string; fromLabel: { vi: string; en: string } | null; toLabel: { vi: string; en: string } | null;
  comment: string | null; diff: DiffEntry[]; dataVersion: number;
}

export async function getHistory(em: EntityManager, actor: Actor, id: string): Promise<HistoryEntry[]> {
  const s = await loadSubject(em, id);
  const domain = s.bundle.form.domain ?? null;
  assertCanRead(actor, s.unit, domain);
  const roles = rolesOver(actor, s.unit, domain);
  const hidden = Object.entries(s.bundle.form.restricted ?? {}).filter(([, allowed]) => !allowed.some((r) => roles.includes(r))).map(([p]) => p);
  const label = (state: string | null) => (state ? s.bundle.workflow.machine.states[state]?.meta.label ?? null : null);
  return (await listEvents(em, id)).map((e) => ({
    seq: e.seq, at: new Date(e.at).toISOString(), actor: { id: e.actor_id, name: e.actor_name }, type: e.type,
    fromState: e.from_state, toState: e.to_state, fromLabel: label(e.from_state), toLabel: label(e.to_state),
    comment: e.comment, diff: withoutPaths(openData(e.diff as DiffEntry[]), hidden), dataVersion: e.data_version,
  }));
}
