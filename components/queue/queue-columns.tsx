'use client';
// Columns of the approver's queue. Ids of sortable columns equal the server's sort keys
// (form, unit, period, state, submittedAt, updatedAt); the first column selects rows for
// bulk actions, the last opens the detail. Form titles and period labels come with each row.
import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { Checkbox, Tag } from 'antd';
import type { Translate } from '@/lib/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import type { ServerGridFeatures } from '@/components/data-table/server-grid';
import { textOf, type QueueItem } from '@/components/submission/types';

const helper = createColumnHelper<ServerGridFeatures, QueueItem>();
const STATUS_COLOR: Record<string, string> = { submitted: 'cyan', 'in-review': 'geekblue', returned: 'red', approved: 'green', draft: 'default' };

interface Opts {
  t: Translate;
  lang: 'vi' | 'en';
  selected: Set<string>;
  toggle: (id: string, on: boolean) => void;
  toggleAll: (on: boolean) => void;
  pageIds: string[];
}

export function queueColumns({ t, lang, selected, toggle, toggleAll, pageIds }: Opts) {
  const all = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const some = pageIds.some((id) => selected.has(id));
  return helper.columns([
    helper.display({
      id: 'select',
      header: () => <Checkbox checked={all} indeterminate={some && !all} onChange={(e) => toggleAll(e.target.checked)} aria-label={t('approve.selectAll')} />,
      cell: (c) => (
        <Checkbox checked={selected.has(c.row.original.id)} onChange={(e) => toggle(c.row.original.id, e.target.checked)}
          aria-label={t('approve.selectRow', { unit: c.row.original.unit.name, period: textOf(c.row.original.periodLabel, lang) || (c.row.original.periodKey ?? '') })} />
      ),
    }),
    helper.accessor((r) => textOf(r.form.title, lang) || r.form.code, { id: 'form', header: t('approve.form') }),
    helper.accessor((r) => r.unit.name, { id: 'unit', header: t('approve.unit') }),
    helper.accessor((r) => textOf(r.periodLabel, lang) || (r.periodKey ?? ''), { id: 'period', header: t('approve.period') }),
    helper.accessor('state', {
      header: t('approve.state'),
      cell: (c) => (
        <span>
          <Tag color={STATUS_COLOR[c.row.original.status] ?? 'default'}>{textOf(c.row.original.stateLabel, lang) || c.getValue()}</Tag>
          {c.row.original.changedSinceApproval ? <Tag color="orange">{t('approve.changed')}</Tag> : null}
        </span>
      ),
    }),
    helper.accessor('submittedAt', { header: t('approve.submittedAt'), cell: (c) => formatDateTime(c.getValue()) || '—' }),
    helper.accessor('updatedAt', { header: t('approve.updatedAt'), cell: (c) => formatDateTime(c.getValue()) }),
    helper.display({
      id: 'open',
      header: t('common.actions'),
      cell: (c) => <Link href={`/app/phe-duyet/${c.row.original.id}`}>{t('approve.open')}</Link>,
    }),
  ]);
}
