'use client';
// The submission's history as a timeline (who, what, when, why): each workflow event with its
// state change and comment, edits with the number of fields changed, attachments added.
import { Timeline, Typography } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDateTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n';
import { textOf, type HistoryEntry, type Text } from './types';

const COLORS: Record<string, string> = { created: 'gray', edited: 'gray', attached: 'gray' };

export function HistoryTimeline({ items, events }: { items: HistoryEntry[]; events: Record<string, { label: Text }> }) {
  const { t, lang } = useI18n();
  const what = (h: HistoryEntry) => {
    const known = ['created', 'edited', 'attached', 'signature-required', 'signed'];
    if (known.includes(h.type)) return t(`approve.history.${h.type}` as MessageKey);
    return events[h.type] ? textOf(events[h.type].label, lang) : h.type;
  };
  const color = (h: HistoryEntry) => COLORS[h.type] ?? (h.fromState !== h.toState ? 'blue' : 'gray');
  return (
    <Timeline
      data-testid="history"
      items={items.map((h) => ({
        key: h.seq,
        color: color(h),
        content: (
          <div>
            <div>
              <strong>{what(h)}</strong>
              {h.fromState !== h.toState && h.toLabel ? <span> → {textOf(h.toLabel, lang)}</span> : null}
            </div>
            <Typography.Text type="secondary">{h.actor.name ?? t('approve.history.system')} · {formatDateTime(h.at)}</Typography.Text>
            {h.comment ? <div style={{ marginTop: 4 }}>{t('approve.history.comment')}: <em>{h.comment}</em></div> : null}
            {h.diff.length > 0 && h.type === 'edited' ? <div><Typography.Text type="secondary">{t('approve.history.fields', { n: h.diff.length })}</Typography.Text></div> : null}
          </div>
        ),
      }))}
    />
  );
}
