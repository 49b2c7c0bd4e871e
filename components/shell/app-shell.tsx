'use client';
// The workspace frame: a side menu showing only what works for the user's roles, and a header
// with who is signed in, their unit, the language switch and sign-out.
import type { ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { Button, Layout, Menu } from 'antd';
import {
  ApartmentOutlined, AuditOutlined, BarChartOutlined, BellOutlined, BookOutlined, DashboardOutlined, EditOutlined,
  HomeOutlined, LockOutlined, LogoutOutlined, TeamOutlined, UserOutlined,
} from '@ant-design/icons';
import { useI18n } from '@/components/providers/i18n-context';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from '@/components/notifications/notification-bell';
import styles from './app-shell.module.css';
import { MENU, type MenuKey } from './menu';

const ICONS: Record<MenuKey, ReactNode> = {
  home: <HomeOutlined />, inbox: <EditOutlined />, registers: <BookOutlined />, queue: <AuditOutlined />,
  reports: <BarChartOutlined />, notifications: <BellOutlined />, units: <ApartmentOutlined />, accounts: <TeamOutlined />,
  operations: <DashboardOutlined />, security: <LockOutlined />,
};

export interface ShellUser {
  fullName: string;
  username: string;
  unitName: string;
  /** The sections this person may use, decided on the server from their roles. */
  menu: MenuKey[];
}

export function AppShell({ user, children }: { user: ShellUser; children: ReactNode }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const items = MENU.filter((m) => user.menu.includes(m.key)).map((m) => ({
    key: m.href,
    icon: ICONS[m.key],
    label: <Link href={m.href}>{t(m.label)}</Link>,
  }));
  const selected = items.map((i) => i.key).filter((k) => pathname === k || pathname.startsWith(`${k}/`)).sort((a, b) => b.length - a.length)[0] ?? '/app';

  return (
    <Layout className={styles.root}>
      <a className="skip-link" href="#main-content">{t('shell.skip')}</a>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={232} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div className={styles.brand}>{t('app.title')}</div>
        <nav aria-label={t('shell.menu')}>
          <Menu mode="inline" selectedKeys={[selected]} items={items} style={{ borderInlineEnd: 'none' }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className={styles.header}>
          <div className={styles.who} data-testid="shell-user">
            <UserOutlined aria-hidden />
            <span className={styles.name}>{user.fullName}</span>
            <span className={styles.unit}>{user.unitName}</span>
          </div>
          <div className={styles.tools}>
            <NotificationBell />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void signOut({ callbackUrl: '/dang-nhap' })}>
              {t('shell.signOut')}
            </Button>
          </div>
        </Layout.Header>
        <Layout.Content id="main-content" tabIndex={-1} className={styles.content}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
