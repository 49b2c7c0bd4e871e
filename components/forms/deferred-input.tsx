'use client';
// Text and number inputs that keep the typed value locally and hand it to RJSF only after a
// short pause (or at once on blur). RJSF re-derives the whole form on every change, which
// costs hundreds of milliseconds on 300 fields; with this, a keystroke repaints one input.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BaseInputTemplateProps } from '@rjsf/utils';
import { Templates } from '@rjsf/antd';

export const INPUT_PAUSE_MS = 150;
const BaseInput = Templates.BaseInputTemplate!;

export function DeferredInputTemplate(props: BaseInputTemplateProps) {
  const { value, onChange, onBlur } = props;
  const [local, setLocal] = useState<unknown>(value);
  const pending = useRef<{ value: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!pending.current) setLocal(value);
  }, [value]);

  const commit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) onChange(p.value);
  }, [onChange]);

  useEffect(() => () => commit(), [commit]);

  const change = useCallback((next: unknown) => {
    setLocal(next);
    pending.current = { value: next };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(commit, INPUT_PAUSE_MS);
  }, [commit]);

  const blur = useCallback((id: string, v: unknown) => {
    commit();
    onBlur(id, v);
  }, [commit, onBlur]);

  return <BaseInput {...props} value={local} onChange={change} onBlur={blur} />;
}
