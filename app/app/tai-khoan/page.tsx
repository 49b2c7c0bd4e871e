// Accounts for administrators (system and unit admins; the server limits rows to their scope).
import { redirect } from 'next/navigation';
import { currentUser } from '@/components/server/current-user';
import { isAdmin } from '@/components/api/dto';
import { AccountsPage } from '@/components/accounts/accounts-page';

export const dynamic = 'force-dynamic';

export default async function AccountsRoute() {
  const me = await currentUser();
  if (!me) redirect('/dang-nhap');
  if (!isAdmin(me)) redirect('/app');
  return <AccountsPage />;
}
