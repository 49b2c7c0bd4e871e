'use client';
// The outcome of a bulk action row by row: done, or the server's reason it was refused.
import { Modal, Table, Tag } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { textOf, type BulkResult, type QueueItem } from '@/components/submission/types';

export function BulkResults({ results, rows, onClose }: { results: BulkResult[] | null; rows: QueueItem[]; onClose: () => void }) {
  const { t, lang } = useI18n();
  if (!results) return null;
  const rowOf = (id: string) => rows.find((r) => r.id === id);
  const ok = results.filter((r) => r.ok).length;
  return (
    <Modal open title={t('approve.bulkDone', { ok, total: results.length })} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={t('common.close')}>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={results}
        columns={[
          { title: t('approve.unit'), key: 'unit', render: (_, r) => `${rowOf(r.id)?.unit.name ?? r.id} · ${textOf(rowOf(r.id)?.periodLabel, lang) || (rowOf(r.id)?.periodKey ?? '')}` },
          {
            title: t('approve.result'), key: 'result',
            render: (_, r) => (r.ok ? <Tag color="green">{t('approve.rowOk')}</Tag> : <span><Tag color="red">{t('approve.rowFailed')}</Tag>{textOf(r.message, lang)}</span>),
          },
        ]}
      />
    </Modal>
  );
}
