'use client';
// Loads what the detail view shows: the submission (redacted data, findings, allowed events,
// diff since approval), its history and the form version it was entered under.
import { useCallback, useEffect, useState } from 'react';
import { api, problemText } from '@/components/api/client-api';
import type { EntryFormDefinition } from '@/components/forms/ui-schema';
import type { HistoryEntry, SubmissionDto, Text } from './types';

export interface DetailData {
  sub: SubmissionDto;
  history: HistoryEntry[];
  form: EntryFormDefinition;
  events: Record<string, { label: Text }>;
}

export function useSubmission(id: string, fallbackError: string) {
  const [data, setData] = useState<DetailData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const sub = await api<SubmissionDto>(`/api/v1/submissions/${id}`);
      const [history, def] = await Promise.all([
        api<{ items: HistoryEntry[] }>(`/api/v1/submissions/${id}/history`),
        api<{ form: EntryFormDefinition; workflow: { events: Record<string, { label: Text }> } | null }>(`/api/v1/forms/${encodeURIComponent(sub.form.code)}?version=${sub.form.version}`),
      ]);
      setData({ sub, history: history.items, form: def.form, events: def.workflow?.events ?? {} });
      setError(null);
    } catch (err) {
      setError(problemText(err, fallbackError));
    }
  }, [id, fallbackError]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, reload: load };
}
