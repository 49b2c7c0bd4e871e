'use client';
// Sending a workflow event from the entry page (submit): rules and JSON-Schema checks in the
// browser first, then the pending draft saved, then the event with the saved version. A
// refusal (422) comes back with the server's reasons for the page to show.
import { useCallback, useState } from 'react';
import { api, ApiProblem } from '@/components/api/client-api';
import type { EventResult, RuleIssue, SaveResult } from '@/components/submission/types';

export interface Refusal {
  detail: string;
  issues: RuleIssue[];
}

interface Options {
  submissionId: () => string | null;
  version: () => number | null;
  flush: () => Promise<SaveResult | null>;
  checkLocal: () => boolean;
  onDone: (r: EventResult) => void;
}

export function useSubmit({ submissionId, version, flush, checkLocal, onDone }: Options) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const send = useCallback(async (type: string) => {
    setRefusal(null);
    if (!checkLocal()) return;
    setBusy(true);
    try {
      await flush();
      const id = submissionId();
      if (!id) return;
      const result = await api<EventResult>(`/api/v1/submissions/${id}/events`, { method: 'POST', body: { type, expectedVersion: version() } });
      onDone(result);
    } catch (err) {
      if (err instanceof ApiProblem) setRefusal({ detail: err.detail, issues: Array.isArray(err.body.issues) ? (err.body.issues as RuleIssue[]) : [] });
      else setRefusal({ detail: String(err), issues: [] });
    } finally {
      setBusy(false);
    }
  }, [submissionId, version, flush, checkLocal, onDone]);

  return { busy, refusal, send, clearRefusal: () => setRefusal(null) };
}
