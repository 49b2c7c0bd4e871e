'use client';
// The approver's reason for every returned report in the inbox: the comment of the latest
// history entry that moved the report into its returned state.
import { useEffect, useState } from 'react';
import { api } from '@/components/api/client-api';
import type { HistoryEntry, InboxItem } from '@/components/submission/types';

export interface ReturnReason {
  comment: string | null;
  by: string | null;
  at: string;
}

export function useReturnReasons(items: InboxItem[]): Record<string, ReturnReason> {
  const [reasons, setReasons] = useState<Record<string, ReturnReason>>({});
  useEffect(() => {
    let live = true;
    const returned = items.filter((i) => i.status === 'returned' && i.submissionId);
    void Promise.all(returned.map(async (i) => {
      const { items: history } = await api<{ items: HistoryEntry[] }>(`/api/v1/submissions/${i.submissionId}/history`);
      const last = [...history].reverse().find((h) => h.toState === i.state && h.fromState !== h.toState);
      return [i.submissionId!, { comment: last?.comment ?? null, by: last?.actor.name ?? null, at: last?.at ?? '' }] as const;
    })).then((pairs) => {
      if (live) setReasons(Object.fromEntries(pairs));
    }).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [items]);
  return reasons;
}
