// The signed-in workspace: no session → sign-in page; a pending password change → the change
// page before anything else; otherwise the shell with a menu for the user's roles.
import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { currentUser } from '@/components/server/current-user';
import { AppShell } from '@/components/shell/app-shell';
import { menuFor } from '@/components/shell/menu';
import { enrolmentGate } from '@/components/security/enrolment-gate';

export const dynamic = 'force-dynamic';

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const me = await currentUser();
  if (!me) redirect('/dang-nhap');
  if (me.passwordChangeRequired) redirect('/doi-mat-khau');
  const user = { fullName: me.fullName, username: me.username, unitName: me.unit.name, menu: menuFor(me.roles.map((r) => r.role)) };
  // A role that requires two-factor sign-in shows the enrolment until it is done (a redirect
  // would loop: the enrolment page lives under this layout).
  const gate = await enrolmentGate();
  return <AppShell user={user}>{gate ?? children}</AppShell>;
}
