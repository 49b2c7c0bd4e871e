'use client';
// Keeps the entry form fast: keystrokes only update a ref; 250 ms after the last one the
// engine runs once and its results (issues, hidden fields, computed values) become state.
// Pass `dataRef.current` as the form's `formData`: RJSF re-derives its state from that prop
// whenever any prop changes, so it must always be the latest data, not the last state.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compileEntryForm, computedChanged, runRules, type FormRunResult } from './live-rules';

export const RULES_DEBOUNCE_MS = 250;

export function useLiveEntry(form: unknown, initial: Record<string, unknown>, initialExplanations: Record<string, string>) {
  const compiled = useMemo(() => compileEntryForm(form), [form]);
  const [first] = useState(() => runRules(compiled, initial, initialExplanations));
  const dataRef = useRef(first.data);
  const explanationsRef = useRef(initialExplanations);
  const [formData, setFormData] = useState(first.data);
  const [result, setResult] = useState<FormRunResult>(first);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const runNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const r = runRules(compiled, dataRef.current, explanationsRef.current);
    setResult(r);
    if (computedChanged(dataRef.current, r.data)) {
      dataRef.current = r.data;
      setFormData(r.data);
    }
    return r;
  }, [compiled]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(runNow, RULES_DEBOUNCE_MS);
  }, [runNow]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const onChange = useCallback((data: Record<string, unknown>) => {
    dataRef.current = data;
    schedule();
  }, [schedule]);

  const onExplain = useCallback((key: string, text: string) => {
    explanationsRef.current = { ...explanationsRef.current, [key]: text };
    schedule();
  }, [schedule]);

  /** Replaces everything (server version taken after a conflict, or a restored draft). */
  const reset = useCallback((data: Record<string, unknown>) => {
    dataRef.current = data;
    setFormData(data);
    runNow();
  }, [runNow]);

  return { dataRef, explanationsRef, formData, result, onChange, onExplain, reset, runNow };
}
