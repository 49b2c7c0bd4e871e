'use client';
// What changed since the last approved version (field, before, after): the approver's answer
// to "what am I approving again?" after a resubmission.
import { Empty, Table } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { showValue } from './flatten';
import type { DiffEntry } from './types';

export function DiffTable({ diff, titles }: { diff: DiffEntry[]; titles: Record<string, string> }) {
  const { t } = useI18n();
  if (diff.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approve.diff.none')} />;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="path"
      dataSource={diff}
      columns={[
        { title: t('approve.diff.field'), key: 'field', render: (_, d) => titles[d.path] ?? d.path },
        { title: t('approve.diff.before'), key: 'from', render: (_, d) => <del style={{ color: '#a8071a' }}>{showValue(d.from)}</del> },
        { title: t('approve.diff.after'), key: 'to', render: (_, d) => <ins style={{ color: '#237804', textDecoration: 'none', fontWeight: 600 }}>{showValue(d.to)}</ins> },
      ]}
    />
  );
}
