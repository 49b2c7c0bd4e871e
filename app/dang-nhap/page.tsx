// Sign-in page (next-auth's custom sign-in path). Someone with a working session goes straight
// on; a stale one (closed, locked, or from before a password change) sees the form again.
import { redirect } from 'next/navigation';
import { serverT } from '@/lib/i18n/server';
import { currentUser } from '@/components/server/current-user';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';

export const dynamic = 'force-dynamic';

export default async function SignInPage() {
  if (await currentUser()) redirect('/app');
  const t = await serverT();
  return (
    <AuthCard title={t('app.title')} subtitle={t('app.subtitle')} heading={t('signIn.title')}>
      <SignInForm />
    </AuthCard>
  );
}
