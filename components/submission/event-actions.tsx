'use client';
// The workflow buttons the server allows this approver now (from allowedEvents: return,
// approve, unapprove, …), each through the confirmation dialog, sent with the version seen.
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { api, ApiProblem, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { EventDialog } from './event-dialog';
import { textOf, type AllowedEvent, type EventResult, type SubmissionDto } from './types';

export function EventActions({ sub, onDone }: { sub: SubmissionDto; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<AllowedEvent | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (sub.allowedEvents.length === 0) return <span style={{ color: '#8c8c8c' }}>{t('approve.noActions')}</span>;

  const send = async (comment: string, signature?: string) => {
    if (!open) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api<EventResult>(`/api/v1/submissions/${sub.id}/events`, {
        method: 'POST', body: { type: open.type, expectedVersion: sub.version, ...(comment ? { comment } : {}), ...(signature ? { signature } : {}) },
      });
      void message.success(t('approve.done', { state: textOf(r.label, lang) || r.state }));
      setOpen(null);
      onDone();
    } catch (err) {
      setError(err instanceof ApiProblem && err.code === 'version-conflict' ? t('approve.stale') : problemText(err, t('common.error')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space wrap>
      {sub.allowedEvents.map((e) => (
        <Button key={e.type} type={e.requiresComment ? 'default' : 'primary'} danger={e.requiresComment} onClick={() => { setError(null); setOpen(e); }}>
          {textOf(e.label, lang)}
        </Button>
      ))}
      <EventDialog event={open} busy={busy} error={error} onCancel={() => setOpen(null)} onConfirm={(c, s) => void send(c, s)} />
    </Space>
  );
}
