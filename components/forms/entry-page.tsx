'use client';
// The officer's entry page for one report (form × unit × period) or one register record: the
// live form, autosave, conflict resolution, warnings to explain, attachments and the workflow
// actions; approved or locked submissions open read-only.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, App, Card, Skeleton } from 'antd';
import { api } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import type { AttachmentDto, EventResult, SaveResult, SubmissionDto } from '@/components/submission/types';
import type { FilledField } from '@/engine/rules/prefill';
import { schemaTitles } from '@/components/submission/flatten';
import { ConflictDialog } from './conflict-dialog';
import { readBackup } from './draft-backup';
import type { EntryContext } from './entry-context';
import { EntryForm } from './entry-form';
import { EntryHeader } from './entry-header';
import { errorSchemaOf, fieldKey, rjsfId, warningsById } from './field-paths';
import { IssueSummary } from './issue-summary';
import { PrefillNotice } from './prefill-notice';
import type { EntryFormDefinition } from './ui-schema';
import { useAutosave } from './use-autosave';
import { useLiveEntry } from './use-live-entry';
import { useSubmit } from './use-submit';
import { draftScope, recordHref, registerHref, saveRequest, type EntryTarget, type SaveBody } from './save-target';

export interface EntryPageProps {
  form: EntryFormDefinition;
  unit: { code: string; name: string };
  target: EntryTarget;
  submission: SubmissionDto | null;
  /** Starting data of a new report or record (FRM-3 prefill); unused once a submission exists. */
  initialData?: Record<string, unknown>;
  /** The fields `initialData` filled in, for the notice above the form. */
  prefilled?: FilledField[];
}

export function EntryPage({ form, unit, target, submission: initial, initialData, prefilled }: EntryPageProps) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const router = useRouter();
  const [sub, setSub] = useState(initial);
  const editable = !sub || (sub.editable && !sub.locked);
  const live = useLiveEntry(form, initial?.data ?? initialData ?? {}, initial?.explanations ?? {});
  const idRef = useRef(initial?.id ?? null);
  const formRef = useRef<{ validateForm: () => boolean } | null>(null);
  const [scope] = useState(() => draftScope(form.code, unit.code, target, initial?.id ?? null));

  const refresh = useCallback(async () => {
    if (!idRef.current) return;
    setSub(await api<SubmissionDto>(`/api/v1/submissions/${idRef.current}`));
  }, []);
  const payload = useCallback(() => ({ data: live.dataRef.current, explanations: live.explanationsRef.current }), [live.dataRef, live.explanationsRef]);
  const onSaved = useCallback((r: SaveResult) => {
    // A record created by this save gets its own address, so a reload opens it rather than a new one.
    if (!idRef.current && target.kind === 'record') window.history.replaceState(null, '', recordHref(form.code, r.id));
    idRef.current = r.id;
    void refresh();
  }, [refresh, target.kind, form.code]);
  const request = useCallback((body: SaveBody) => saveRequest(form.code, unit.code, target, idRef.current, body), [form.code, unit.code, target]);
  const save = useAutosave({ request, scope, version: initial?.version ?? null, savedAt: initial?.updatedAt ?? null, payload, onSaved, enabled: editable });

  const [ready, setReady] = useState(false);
  // Once, on arrival: bring back changes this browser kept but the server never got.
  useEffect(() => {
    setReady(true);
    const b = editable ? readBackup(scope) : null;
    if (!b) return;
    if (b.baseVersion === (initial?.version ?? null)) {
      live.explanationsRef.current = b.explanations;
      live.reset(b.data);
      save.touch();
      void message.info(t('collect.restored'));
    } else if (initial) {
      save.setConflict({ current: { version: initial.version, data: initial.data }, yours: b.data });
    }
  }, []);

  const { touch, flush } = save;
  const { onChange: liveChange, onExplain: liveExplain } = live;
  const onChange = useCallback((data: Record<string, unknown>) => {
    liveChange(data);
    touch();
  }, [liveChange, touch]);
  const onExplain = useCallback((key: string, text: string) => {
    liveExplain(key, text);
    touch();
  }, [liveExplain, touch]);
  const onBlur = useCallback(() => void flush(), [flush]);

  const ensureSaved = useCallback(async () => {
    if (!idRef.current) {
      touch();
      await flush();
    }
    return idRef.current;
  }, [touch, flush]);
  const [uploaded, setUploaded] = useState<AttachmentDto[]>([]);
  const attachments = useMemo(() => [...(sub?.attachments ?? []), ...uploaded.filter((u) => !sub?.attachments.some((a) => a.id === u.id))], [sub, uploaded]);
  const onUploaded = useCallback((a: AttachmentDto) => setUploaded((list) => [...list, a]), []);

  const { result } = live;
  const computedIds = useMemo(() => new Set((form.rules?.computed ?? []).map((c) => fieldKey(c.field))), [form]);
  const ctx = useMemo<EntryContext>(() => ({
    lang, readOnly: !editable, hidden: new Set(result.hidden.map(rjsfId)), computed: computedIds, warnings: warningsById(result.issues),
    explanations: live.explanationsRef.current, onExplain,
    attachments: { submissionId: sub?.id ?? idRef.current, list: attachments, onUploaded, ensureSaved },
  }), [lang, editable, result, computedIds, live.explanationsRef, onExplain, sub, attachments, onUploaded, ensureSaved]);
  const extraErrors = useMemo(() => errorSchemaOf(result.issues, lang), [result, lang]);

  const { runNow } = live;
  const checkLocal = useCallback(() => {
    if (!editable) return true; // an event on a read-only record (e.g. reopening it) sends no data
    const r = runNow();
    if (r.blocking) {
      void message.error(t('collect.fixFirst'));
      return false;
    }
    const valid = formRef.current?.validateForm() ?? true;
    if (!valid) void message.error(t('collect.invalid'));
    return valid;
  }, [editable, runNow, message, t]);
  const { version: savedVersion } = save;
  const onDone = useCallback((r: EventResult) => {
    savedVersion.current = r.version; // the event moved the version; later saves (if editable again) build on it
    void message.success(t('collect.sent', { state: (lang === 'en' && r.label?.en) || r.label?.vi || r.state }));
    void refresh();
    router.refresh();
  }, [message, t, lang, refresh, router, savedVersion]);
  const submit = useSubmit({ submissionId: () => idRef.current, version: () => save.version.current, flush: () => flush(), checkLocal, onDone });

  const titles = useMemo(() => schemaTitles(form.schema, live.dataRef.current), [form, live.dataRef, save.conflict]);
  const keepMine = () => {
    save.resolve(save.conflict?.current?.version ?? 0, true);
    setTimeout(() => void save.flush(), 0);
  };
  const takeServer = () => {
    live.reset(save.conflict?.current?.data ?? {});
    save.resolve(save.conflict?.current?.version ?? 0, false);
    void refresh();
  };

  const back = target.kind === 'report'
    ? { href: '/app/nhap-lieu', label: t('collect.backToInbox') }
    : { href: registerHref(form.code, unit.code), label: t('registers.backToList') };

  // Rendered in the browser only: widgets generate ids that differ from a server render, and a
  // hydration mismatch would remount the form (and lose what is being typed).
  if (!ready) return <Skeleton active paragraph={{ rows: 10 }} />;
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 1100 }} data-ready>
      <EntryHeader form={form} unit={unit} period={target.kind === 'report' ? target : null} back={back} eventsWhenReadOnly={target.kind === 'record'} sub={sub} editable={editable} save={save.state}
        blocking={result.blocking} busy={submit.busy} onEvent={(type) => void submit.send(type)} />
      {!editable ? <Alert type="info" showIcon title={t('collect.readOnly')} /> : null}
      {submit.refusal ? <Alert type="error" showIcon closable onClose={submit.clearRefusal} title={submit.refusal.detail}
        description={submit.refusal.issues.length ? <IssueSummary issues={submit.refusal.issues} titles={titles} plain /> : undefined} /> : null}
      {initial ? null : <PrefillNotice form={form} filled={prefilled} />}
      <IssueSummary issues={result.issues} titles={titles} />
      <Card>
        <EntryForm form={form} formData={live.dataRef.current} ctx={ctx} extraErrors={extraErrors} onChange={onChange} onBlur={onBlur} formRef={formRef} />
      </Card>
      <ConflictDialog conflict={save.conflict} titles={titles} onKeepMine={keepMine} onTakeServer={takeServer} />
    </div>
  );
}
