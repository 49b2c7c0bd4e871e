'use client';
// The two tags an officer scans the inbox by: the report's status (Chưa nhập … Đã duyệt) and
// the deadline in days (còn N ngày / hôm nay / quá hạn N ngày), coloured by urgency.
import { Tag } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import type { MessageKey } from '@/lib/i18n';
import type { InboxItem, InboxStatus } from '@/components/submission/types';

const STATUS_COLOR: Record<InboxStatus, string> = { 'not-started': 'default', draft: 'processing', submitted: 'cyan', returned: 'red', approved: 'green' };

export function StatusTag({ status }: { status: InboxStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`collect.status.${status}` as MessageKey)}</Tag>;
}

export function DeadlineTag({ item }: { item: Pick<InboxItem, 'daysLeft' | 'status'> }) {
  const { t } = useI18n();
  if (item.status === 'submitted' || item.status === 'approved') return null;
  if (item.daysLeft < 0) return <Tag color="red">{t('collect.overdueDays', { n: -item.daysLeft })}</Tag>;
  if (item.daysLeft === 0) return <Tag color="volcano">{t('collect.dueToday')}</Tag>;
  return <Tag color={item.daysLeft <= 7 ? 'orange' : 'green'}>{t('collect.daysLeft', { n: item.daysLeft })}</Tag>;
}
