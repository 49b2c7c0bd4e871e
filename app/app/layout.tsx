// The signed-in workspace: no session → sign-in page; a pending password change → the change
// page before anything else; otherwise the shell with a menu for the user's roles.
import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { currentUser } from '@/components/server/current-user';
import { isAdmin } from '@/components/api/dto';
import { AppShell } from '@/components/shell/app-shell';

export const dynamic = 'force-dynamic';

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const me = await currentUser();
  if (!me) redirect('/dang-nhap');
  if (me.passwordChangeRequired) redirect('/doi-mat-khau');
  const user = { fullName: me.fullName, username: me.username, unitName: me.unit.name, admin: isAdmin(me) };
  return <AppShell user={user}>{children}</AppShell>;
}
