'use client';
// Bulk actions on the selected queue rows: one button per event that needs neither a
// comment nor a signature and that some selected row allows (approve, typically); it is sent
// only to those rows, and each row's outcome is listed afterwards.
import { Button, Space } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useI18n } from '@/components/providers/i18n-context';
import { textOf, type AllowedEvent, type QueueItem } from '@/components/submission/types';

export interface BulkChoice {
  event: AllowedEvent;
  rows: QueueItem[];
}

export function bulkChoices(rows: QueueItem[]): BulkChoice[] {
  const byType = new Map<string, BulkChoice>();
  for (const row of rows) {
    for (const e of row.allowedEvents) {
      if (e.requiresComment || e.requiresSignature) continue;
      const c = byType.get(e.type) ?? { event: e, rows: [] };
      c.rows.push(row);
      byType.set(e.type, c);
    }
  }
  return [...byType.values()];
}

export function BulkBar({ selected, choices, busy, onRun, onClear }: { selected: number; choices: BulkChoice[]; busy: boolean; onRun: (c: BulkChoice) => void; onClear: () => void }) {
  const { t, lang } = useI18n();
  if (selected === 0) return null;
  return (
    <Space wrap style={{ margin: '0 0 12px', padding: '8px 12px', background: '#e6f4ff', borderRadius: 6, width: '100%' }} role="region" aria-label={t('approve.bulk')}>
      <span>{t('approve.selected', { n: selected })}</span>
      {choices.length === 0 ? <span>{t('approve.noBulk')}</span> : null}
      {choices.map((c) => (
        <Button key={c.event.type} type="primary" icon={<CheckOutlined />} loading={busy} onClick={() => onRun(c)}>
          {t('approve.bulkRun', { action: textOf(c.event.label, lang), n: c.rows.length })}
        </Button>
      ))}
      <Button onClick={onClear}>{t('approve.clearSelection')}</Button>
    </Space>
  );
}
