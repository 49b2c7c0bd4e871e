'use client';
// The autosave status the officer can trust: saving, saved at HH:mm, unsaved changes, or
// the reason the last save failed. Announced politely to screen readers.
import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined, EditOutlined } from '@ant-design/icons';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDateTime } from '@/lib/i18n/format';

interface Props {
  saving: boolean;
  savedAt: Date | null;
  unsaved: boolean;
  error: string | null;
}

export function SaveIndicator({ saving, savedAt, unsaved, error }: Props) {
  const { t } = useI18n();
  let content;
  if (saving) content = <><CloudSyncOutlined aria-hidden /> {t('collect.saving')}</>;
  else if (error) content = <span style={{ color: '#cf1322' }}><ExclamationCircleOutlined aria-hidden /> {error === 'network' ? t('collect.saveFailed') : error}</span>;
  else if (unsaved) content = <><EditOutlined aria-hidden /> {t('collect.unsaved')}</>;
  else if (savedAt) content = <span style={{ color: '#389e0d' }}><CheckCircleOutlined aria-hidden /> {t('collect.savedAt', { time: formatDateTime(savedAt).slice(11) })}</span>;
  else content = null;
  return <span role="status" aria-live="polite" data-testid="save-indicator">{content}</span>;
}
