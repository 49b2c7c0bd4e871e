// Which workspace sections a person sees, decided from their roles on the server and shown by
// the shell: a section appears only for roles that can use it (the pages check again).
import type { RoleName } from '@/engine/access/actor';
import type { MessageKey } from '@/lib/i18n';

export type MenuKey = 'home' | 'inbox' | 'registers' | 'queue' | 'reports' | 'notifications' | 'units' | 'accounts' | 'operations' | 'security';

export interface MenuEntry {
  key: MenuKey;
  href: string;
  label: MessageKey;
  /** Roles that see the entry; 'all' = every signed-in person. */
  roles: readonly RoleName[] | 'all';
}

const ADMINS = ['system_admin', 'unit_admin'] as const;

export const MENU: readonly MenuEntry[] = [
  { key: 'home', href: '/app', label: 'shell.home', roles: 'all' },
  { key: 'inbox', href: '/app/nhap-lieu', label: 'shell.inbox', roles: ['data_entry'] },
  { key: 'registers', href: '/app/so', label: 'shell.registers', roles: ['data_entry', 'approver', 'viewer', ...ADMINS] },
  { key: 'queue', href: '/app/phe-duyet', label: 'shell.queue', roles: ['approver', 'viewer', 'system_admin'] },
  { key: 'reports', href: '/app/bao-cao', label: 'shell.reports', roles: ['approver', 'viewer', ...ADMINS] },
  { key: 'notifications', href: '/app/thong-bao', label: 'shell.notifications', roles: 'all' },
  { key: 'units', href: '/app/don-vi', label: 'shell.units', roles: ADMINS },
  { key: 'accounts', href: '/app/tai-khoan', label: 'shell.accounts', roles: ADMINS },
  { key: 'operations', href: '/app/van-hanh', label: 'shell.operations', roles: ['system_admin'] },
  { key: 'security', href: '/app/bao-mat', label: 'shell.security', roles: 'all' },
];

export function menuFor(roles: readonly RoleName[], available: ReadonlySet<MenuKey> | null = null): MenuKey[] {
  return MENU.filter((m) => (m.roles === 'all' || m.roles.some((r) => roles.includes(r))) && (!available || available.has(m.key))).map((m) => m.key);
}
