// Account security: enrol in two-factor sign-in (QR code, first code, recovery codes shown
// once) or see that it is on. Reached from the menu, and forced after sign-in when a role
// requires two-factor sign-in and the account has not enrolled.
import { redirect } from 'next/navigation';
import { twoFactorView } from '@/components/security/enrolment-gate';
import { TwoFactorSetup } from '@/components/security/two-factor-setup';

export const dynamic = 'force-dynamic';

export default async function SecurityPage() {
  const view = await twoFactorView();
  if (!view) redirect('/dang-nhap');
  return <TwoFactorSetup status={view} />;
}
