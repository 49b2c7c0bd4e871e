'use client';
// Text and number inputs that keep the typed value locally and hand it to RJSF only after a
// short pause (or at once on blur). RJSF re-derives the whole form on every change, which
// costs hundreds of milliseconds on 300 fields; with this, a keystroke repaints one input.
// Numbers use antd's plain Input (parsed here, see number-text) rather than InputNumber,
// which was a fifth of the first render of a 300-field form; the light field template has
// no Form.Item to pass the error status down, so the input takes it from rawErrors.
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { SchemaExamples } from '@rjsf/core';
import { ariaDescribedByIds, examplesId, getInputProps, type BaseInputTemplateProps } from '@rjsf/utils';
import { Templates } from '@rjsf/antd';
import { Input } from 'antd';
import { clampNumber, formatNumber, parseNumber, stepNumber } from './number-text';

export const INPUT_PAUSE_MS = 150;
const FULL_WIDTH = { width: '100%' } as const;
const BaseInput = Templates.BaseInputTemplate!;

export function DeferredInputTemplate(props: BaseInputTemplateProps) {
  // Widgets that read the input themselves (files) keep antd's template as they always did.
  return props.onChangeOverride ? <BaseInput {...props} /> : <DeferredInput {...props} />;
}

function DeferredInput(props: BaseInputTemplateProps) {
  const { id, htmlName, value, onChange, onBlur, onFocus, options, schema, type, disabled, readonly, required, placeholder, rawErrors, autofocus } = props;
  const { min, max, step, type: inputType, ...inputProps } = getInputProps(schema, type, options, false);
  const schemaType = ([] as unknown[]).concat(schema.type ?? []).find((t) => t !== 'null');
  const numeric = (schemaType === 'number' || schemaType === 'integer') && (!options.inputType || options.inputType === 'number');
  const bounds = { min: typeof min === 'number' ? min : undefined, max: typeof max === 'number' ? max : undefined };
  const show = (v: unknown) => (numeric ? formatNumber(v) : v ?? '');
  const [local, setLocal] = useState<unknown>(() => show(value));
  const pending = useRef<{ value: unknown } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (pending.current) return;
    // '12.' or '012' still mean the value just committed: keep what the officer is typing.
    setLocal((prev: unknown) => (numeric ? (parseNumber(String(prev)) === value ? prev : formatNumber(value)) : value ?? ''));
  }, [value, numeric]);

  const commit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) onChange(p.value);
  }, [onChange]);

  useEffect(() => () => commit(), [commit]);

  const change = useCallback((text: string, next: unknown) => {
    setLocal(text);
    pending.current = { value: next };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(commit, INPUT_PAUSE_MS);
  }, [commit]);

  const onText = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    if (!numeric) return change(text, text === '' ? options.emptyValue : text);
    const parsed = parseNumber(text);
    if (parsed === 'invalid') return; // letters are refused, as InputNumber does
    if (parsed === 'partial') return setLocal(text); // '-', '1,' … wait for the rest
    change(text, parsed === null ? options.emptyValue : parsed);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!numeric || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const next = stepNumber(pending.current ? pending.current.value : value, e.key === 'ArrowUp' ? 1 : -1, typeof step === 'number' ? step : 1, bounds);
    change(formatNumber(next), next);
  };

  const blur = () => {
    let out = pending.current ? pending.current.value : value;
    if (numeric) {
      // InputNumber keeps a typed value within min/max, and drops an unfinished '-'.
      if (pending.current && typeof out === 'number') pending.current = { value: (out = clampNumber(out, bounds)) };
      setLocal(formatNumber(out));
    }
    commit();
    onBlur(id, out);
  };

  const locked = disabled || readonly;
  return (
    <>
      <Input
        {...inputProps}
        id={id}
        name={htmlName || id}
        type={numeric ? 'text' : inputType}
        // What InputNumber told assistive technology: a spin button with its range and value.
        {...(numeric ? { role: 'spinbutton', autoComplete: 'off', 'aria-valuemin': bounds.min, 'aria-valuemax': bounds.max, 'aria-valuenow': typeof value === 'number' ? value : undefined } : null)}
        value={local as string}
        disabled={locked}
        required={required}
        autoFocus={autofocus}
        placeholder={placeholder}
        status={rawErrors?.length ? 'error' : undefined}
        style={FULL_WIDTH}
        list={schema.examples ? examplesId(id) : undefined}
        aria-describedby={ariaDescribedByIds(id, !!schema.examples)}
        onChange={locked ? undefined : onText}
        onKeyDown={locked ? undefined : onKey}
        onBlur={locked ? undefined : blur}
        onFocus={locked ? undefined : (e) => onFocus(id, e.target.value)}
      />
      <SchemaExamples id={id} schema={schema} />
    </>
  );
}
