// Password change page: forced at first sign-in, after a reset, on expiry or after a handover
// (the reason comes from /api/v1/me), and usable voluntarily from the shell.
import { redirect } from 'next/navigation';
import { serverT } from '@/lib/i18n/server';
import { currentUser } from '@/components/server/current-user';
import { AuthCard } from '@/components/auth/auth-card';
import { ChangePasswordForm } from '@/components/auth/change-password-form';

export const dynamic = 'force-dynamic';

export default async function ChangePasswordPage() {
  const me = await currentUser();
  if (!me) redirect('/dang-nhap');
  const t = await serverT();
  return (
    <AuthCard title={t('app.title')} subtitle={`${me.fullName} (${me.username})`} heading={t('password.title')}>
      <ChangePasswordForm username={me.username} reason={me.passwordChangeRequired ? me.passwordChangeReason : null} />
    </AuthCard>
  );
}
