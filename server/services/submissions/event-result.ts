// The answer to a workflow event: the submission's new state and version, small enough to
// store as the idempotent response and to return from bulk actions per row.
import { stateInfo } from '@/engine/workflow';
import type { Subject } from './subject';

export interface EventResult {
  id: string;
  version: number;
  state: string;
  status: string;
  label: { vi: string; en: string } | null;
  editable: boolean;
  locked: boolean;
}

export function eventResult(s: Subject): EventResult {
  const meta = stateInfo(s.bundle.workflow, s.row.snapshot);
  return {
    id: s.row.id, version: s.row.version, state: s.row.state, status: s.row.status,
    label: meta?.label ?? null, editable: s.row.editable && !s.row.locked, locked: s.row.locked,
  };
}
