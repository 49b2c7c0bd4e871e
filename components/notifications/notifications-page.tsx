'use client';
// The in-app notifications (workflow events and deadline reminders), newest first, unread in
// bold; opening one marks it read, and everything can be marked read at once.
import { useCallback, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, Badge, Button, Empty, List, Segmented, Space, Typography } from 'antd';
import { api, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDateTime } from '@/lib/i18n/format';
import { textOf, type NotificationDto } from '@/components/submission/types';
import { notificationHref } from './notification-link';

interface Page {
  items: NotificationDto[];
  unread: number;
}

export function NotificationsPage() {
  const { t, lang } = useI18n();
  const router = useRouter();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api<Page>(`/api/v1/notifications?pageSize=100${unreadOnly ? '&unread=true' : ''}`).then(setPage).catch((err) => setError(problemText(err, t('common.error'))));
  }, [unreadOnly, t]);
  useEffect(load, [load]);

  const mark = async (ids: string[] | 'all') => {
    await api('/api/v1/notifications/read', { method: 'POST', body: { ids } }).catch(() => undefined);
    load();
  };
  const open = async (n: NotificationDto) => {
    if (!n.readAt) await mark([n.id]);
    const href = notificationHref(n);
    if (href) router.push(href);
  };

  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 900 }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t('approve.notifications.title')} <Badge count={page?.unread ?? 0} aria-label={t('approve.notifications.unread', { n: page?.unread ?? 0 })} />
        </Typography.Title>
        <Space>
          <Segmented value={unreadOnly ? 'unread' : 'all'} onChange={(v) => setUnreadOnly(v === 'unread')}
            options={[{ value: 'all', label: t('common.all') }, { value: 'unread', label: t('approve.notifications.unreadOnly') }]} />
          <Button onClick={() => void mark('all')} disabled={!page?.unread}>{t('approve.notifications.markAll')}</Button>
        </Space>
      </Space>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <List
        loading={!page && !error}
        dataSource={page?.items ?? []}
        locale={{ emptyText: <Empty description={t('approve.notifications.empty')} /> }}
        renderItem={(n) => (
          <List.Item
            style={{ background: n.readAt ? undefined : '#f0f5ff', paddingInline: 12 }}
            actions={n.readAt ? [] : [<Button key="read" size="small" type="link" onClick={() => void mark([n.id])}>{t('approve.notifications.markRead')}</Button>]}
          >
            <List.Item.Meta
              title={<a href={notificationHref(n) ?? '#'} onClick={(e) => { e.preventDefault(); void open(n); }} style={{ fontWeight: n.readAt ? 400 : 600 }}>{textOf(n.title, lang)}</a>}
              description={<span>{n.body ? textOf(n.body, lang) : null}<br /><Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text></span>}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
