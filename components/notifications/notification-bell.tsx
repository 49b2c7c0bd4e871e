'use client';
// A bell for the shell's header with the unread count, refreshed every minute and when the
// tab comes back; it links to the notifications page. (The lead places it in the shell.)
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { api } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';

export function NotificationBell() {
  const { t } = useI18n();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const load = () => void api<{ unread: number }>('/api/v1/notifications?pageSize=1').then((r) => setUnread(r.unread)).catch(() => undefined);
    load();
    const timer = setInterval(load, 60_000);
    const back = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', back);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', back);
    };
  }, []);
  return (
    <Link href="/app/thong-bao" aria-label={t('approve.notifications.unread', { n: unread })} style={{ display: 'inline-flex', padding: 4 }}>
      <Badge count={unread} size="small"><BellOutlined style={{ fontSize: 18 }} aria-hidden /></Badge>
    </Link>
  );
}
