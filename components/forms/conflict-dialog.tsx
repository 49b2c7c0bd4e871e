'use client';
// A save refused because someone else saved first (409): both versions side by side, field by
// field with differences marked, and an explicit choice: keep mine (saved over the new
// version) or take the server's. Nothing is overwritten silently.
import { Button, Modal, Table, Typography } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { flatten, showValue } from '@/components/submission/flatten';
import type { Conflict } from './use-autosave';

interface Props {
  conflict: Conflict | null;
  titles: Record<string, string>;
  onKeepMine: () => void;
  onTakeServer: () => void;
}

export function ConflictDialog({ conflict, titles, onKeepMine, onTakeServer }: Props) {
  const { t } = useI18n();
  if (!conflict) return null;
  const mine = flatten(conflict.yours);
  const theirs = flatten(conflict.current?.data ?? {});
  const paths = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].sort();
  const rows = paths.map((p) => ({ key: p, field: titles[p] ?? p, mine: mine[p], theirs: theirs[p], differs: showValue(mine[p]) !== showValue(theirs[p]) }));
  const mark = (differs: boolean) => (differs ? { background: '#fff7e6', fontWeight: 600 } : undefined);
  return (
    <Modal
      open
      closable={false}
      maskClosable={false}
      keyboard={false}
      width={900}
      title={t('collect.conflict.title')}
      footer={[
        <Button key="theirs" onClick={onTakeServer}>{t('collect.conflict.takeServer')}</Button>,
        <Button key="mine" type="primary" onClick={onKeepMine}>{t('collect.conflict.keepMine')}</Button>,
      ]}
    >
      <Typography.Paragraph>{t('collect.conflict.explain', { version: conflict.current?.version ?? '—' })}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        scroll={{ y: 420 }}
        dataSource={rows}
        rowKey="key"
        columns={[
          { title: t('collect.conflict.field'), dataIndex: 'field', width: '34%' },
          { title: t('collect.conflict.mine'), dataIndex: 'mine', render: (v, r) => <span style={mark(r.differs)}>{showValue(v)}</span> },
          { title: t('collect.conflict.server'), dataIndex: 'theirs', render: (v, r) => <span style={mark(r.differs)}>{showValue(v)}</span> },
        ]}
      />
    </Modal>
  );
}
