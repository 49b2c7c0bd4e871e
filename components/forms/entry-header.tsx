'use client';
// The entry page's heading: form, unit, period and deadline (reports only), the workflow state,
// the autosave status, and the workflow buttons the server allows now (submit first); a read-only
// record still offers its events (e.g. reopening an approved record for changes).
import Link from 'next/link';
import { Button, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDate } from '@/lib/i18n/format';
import { periodLabel } from '@/components/inbox/period-label';
import { textOf, type SubmissionDto } from '@/components/submission/types';
import { SaveIndicator } from './save-indicator';
import type { EntryFormDefinition } from './ui-schema';

interface Props {
  form: EntryFormDefinition;
  unit: { code: string; name: string };
  /** The report's period and deadline; null for a register record. */
  period: { periodKey: string; due: string | null } | null;
  back: { href: string; label: string };
  /** Offer the allowed events even when the form is read-only (register records). */
  eventsWhenReadOnly?: boolean;
  sub: SubmissionDto | null;
  editable: boolean;
  save: { saving: boolean; savedAt: Date | null; unsaved: boolean; error: string | null };
  blocking: boolean;
  busy: boolean;
  onEvent: (type: string) => void;
}

export function EntryHeader({ form, unit, period, back, eventsWhenReadOnly = false, sub, editable, save, blocking, busy, onEvent }: Props) {
  const { t, lang } = useI18n();
  const events = sub?.allowedEvents ?? [];
  return (
    <header style={{ display: 'grid', gap: 8 }}>
      <Link href={back.href}><ArrowLeftOutlined aria-hidden /> {back.label}</Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>{textOf(form.title, lang)}</Typography.Title>
      <Space wrap size={[16, 8]}>
        <span>{t('collect.unit')}: <strong>{unit.name}</strong></span>
        {period ? <span>{t('collect.periodLabel')}: <strong>{periodLabel(period.periodKey, t)}</strong></span> : null}
        {period?.due ? <span>{t('collect.due')}: <strong>{formatDate(period.due)}</strong></span> : null}
        <Tag color={sub?.status === 'returned' ? 'red' : sub?.status === 'approved' ? 'green' : 'blue'} data-testid="entry-state">
          {sub?.stateLabel ? textOf(sub.stateLabel, lang) : t('collect.status.not-started')}
        </Tag>
        {editable ? <SaveIndicator {...save} /> : null}
      </Space>
      {!editable && eventsWhenReadOnly && events.length > 0 ? (
        <Space wrap>
          {events.map((e) => <Button key={e.type} loading={busy} onClick={() => onEvent(e.type)}>{textOf(e.label, lang)}</Button>)}
        </Space>
      ) : null}
      {editable ? (
        <Space wrap>
          {events.length > 0 ? (
            events.map((e, i) => (
              <Button key={e.type} type={i === 0 ? 'primary' : 'default'} icon={i === 0 ? <SendOutlined /> : undefined} loading={busy} onClick={() => onEvent(e.type)}>
                {textOf(e.label, lang)}
              </Button>
            ))
          ) : (
            <Button type="primary" icon={<SendOutlined />} disabled>{t('collect.submit')}</Button>
          )}
          {blocking ? <span style={{ color: '#ad4e00' }}>{t('collect.blocking')}</span> : null}
        </Space>
      ) : null}
    </header>
  );
}
