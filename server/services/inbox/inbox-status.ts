// The five statuses an officer's inbox speaks (PER-1..5), from the workflow's normalised
// status of a submission (or its absence), and the order in which work is listed.
import type { WorkflowStatus } from '@/engine/definitions/workflow';

export type InboxStatus = 'not-started' | 'draft' | 'submitted' | 'returned' | 'approved';

export function inboxStatus(status: WorkflowStatus | string | null): InboxStatus {
  switch (status) {
    case null: return 'not-started';
    case 'draft': case 'withdrawn': return 'draft';
    case 'returned': case 'rejected': return 'returned';
    case 'approved': return 'approved';
    default: return 'submitted';
  }
}

/** Work still owed by the officer: counts towards overdue and reminders. */
export const isOpenWork = (s: InboxStatus): boolean => s === 'not-started' || s === 'draft' || s === 'returned';

export function inboxRank(item: { status: InboxStatus; overdue: boolean }): number {
  if (item.status === 'returned') return 0;
  if (item.overdue) return 1;
  if (isOpenWork(item.status)) return 2;
  return item.status === 'submitted' ? 3 : 4;
}
