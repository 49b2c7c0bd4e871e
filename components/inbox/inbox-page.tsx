'use client';
// The officer's inbox (PER-1..5): every form × period × unit with open, due, overdue or
// returned work, returned first with the approver's reason (in the same response: no request
// per item), deadlines as dd/MM/yyyy with the days left, and a button to the entry page.
import { useEffect, useState } from 'react';
import { Alert, Button, Empty, Table, Typography } from 'antd';
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { api, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { textOf, type InboxItem } from '@/components/submission/types';
import { DeadlineTag, StatusTag } from './inbox-tags';

const entryHref = (i: InboxItem) => `/app/nhap-lieu/${encodeURIComponent(i.form.code)}/${encodeURIComponent(i.unit.code)}/${encodeURIComponent(i.periodKey)}`;

export function InboxPage() {
  const { t, lang } = useI18n();
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ items: InboxItem[] }>('/api/v1/inbox').then((r) => setItems(r.items)).catch((err) => setError(problemText(err, t('common.error'))));
  }, [t]);

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>{t('collect.inbox.title')}</Typography.Title>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Table<InboxItem>
        loading={items === null && !error}
        dataSource={items ?? []}
        rowKey={(i) => `${i.form.code}|${i.unit.id}|${i.periodKey}`}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('collect.inbox.empty')} /> }}
        rowClassName={(i) => (i.status === 'returned' ? 'inbox-returned' : '')}
        columns={[
          {
            title: t('collect.form'), key: 'form',
            render: (_, i) => (
              <div>
                <strong>{textOf(i.form.title, lang)}</strong>
                {i.status === 'returned' && i.returnReason ? (
                  <div role="note" style={{ color: '#a8071a', marginTop: 4 }} data-testid="return-reason">
                    {t('collect.inbox.returnedBy', { who: i.returnReason.by ?? t('collect.inbox.someone'), at: formatDateTime(i.returnReason.at) })}
                    {': '}<em>{i.returnReason.comment ?? t('collect.inbox.noReason')}</em>
                  </div>
                ) : null}
              </div>
            ),
          },
          {
            title: t('collect.unit'), key: 'unit',
            render: (_, i) => (
              <div>
                {i.unit.name}
              </div>
            ),
          },
          { title: t('collect.periodLabel'), key: 'period', render: (_, i) => textOf(i.periodLabel, lang) },
          { title: t('collect.statusLabel'), key: 'status', render: (_, i) => <StatusTag status={i.status} /> },
          { title: t('collect.due'), key: 'due', render: (_, i) => <span>{formatDate(i.due)} <DeadlineTag item={i} /></span> },
          {
            title: t('common.actions'), key: 'open',
            render: (_, i) => {
              const edit = i.status === 'not-started' || i.status === 'draft' || i.status === 'returned';
              return (
                <Button href={entryHref(i)} type={edit ? 'primary' : 'default'} icon={edit ? <EditOutlined /> : <EyeOutlined />}
                  aria-label={`${edit ? t('collect.inbox.enter') : t('collect.inbox.view')}: ${textOf(i.form.title, lang)} · ${i.unit.name} · ${textOf(i.periodLabel, lang)}`}>
                  {edit ? t('collect.inbox.enter') : t('collect.inbox.view')}
                </Button>
              );
            },
          },
        ]}
      />
    </div>
  );
}
