'use client';
// The submission's history as a timeline (who, what, when, why): each workflow event with its
// state change and comment, edits with the fields changed, attachments added. Runs of autosaves
// are shown as one entry ("Lưu nháp 14 lần, 09:01–09:14") with the combined diff (history-groups.ts).
import { Timeline, Typography } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDateTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n';
import { DiffTable } from './diff-table';
import { groupHistory, type TimelineEntry } from './history-groups';
import { textOf, type HistoryEntry, type Text } from './types';

const COLORS: Record<string, string> = { created: 'gray', edited: 'gray', attached: 'gray' };

/** 'HH:mm' when both instants fall on the same Vietnam day, else the full 'dd/MM/yyyy HH:mm'. */
function span(from: string, to: string): { from: string; to: string } {
  const a = formatDateTime(from), b = formatDateTime(to);
  return a.slice(0, 10) === b.slice(0, 10) ? { from: a.slice(11), to: b.slice(11) } : { from: a, to: b };
}

export function HistoryTimeline({ items, events }: { items: HistoryEntry[]; events: Record<string, { label: Text }> }) {
  const { t, lang } = useI18n();
  const what = (h: TimelineEntry) => {
    if (h.count > 1) return t('approve.history.saves', { n: h.count, ...span(h.firstAt, h.at) });
    const known = ['created', 'edited', 'attached', 'signature-required', 'signed'];
    if (known.includes(h.type)) return t(`approve.history.${h.type}` as MessageKey);
    return events[h.type] ? textOf(events[h.type].label, lang) : h.type;
  };
  const color = (h: TimelineEntry) => COLORS[h.type] ?? (h.fromState !== h.toState ? 'blue' : 'gray');
  return (
    <Timeline
      data-testid="history"
      items={groupHistory(items).map((h) => ({
        key: h.seq,
        color: color(h),
        content: (
          <div data-testid={h.count > 1 ? 'history-saves' : undefined}>
            <div>
              <strong>{what(h)}</strong>
              {h.fromState !== h.toState && h.toLabel ? <span> → {textOf(h.toLabel, lang)}</span> : null}
            </div>
            <Typography.Text type="secondary">{h.actor.name ?? t('approve.history.system')} · {formatDateTime(h.at)}</Typography.Text>
            {h.comment ? <div style={{ marginTop: 4 }}>{t('approve.history.comment')}: <em>{h.comment}</em></div> : null}
            {h.diff.length > 0 && h.type === 'edited' ? (
              <details style={{ marginTop: 4 }}>
                <summary><Typography.Text type="secondary">{t('approve.history.fields', { n: h.diff.length })} · {t('approve.history.showChanges')}</Typography.Text></summary>
                <DiffTable diff={h.diff} titles={{}} />
              </details>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
