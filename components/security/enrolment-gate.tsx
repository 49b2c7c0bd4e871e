// For the workspace layout: while the signed-in account's role requires two-factor sign-in
// and it has not enrolled, every workspace page shows the enrolment instead (the API refuses
// everything else with 'two-factor-enrolment-required'). Null when nothing is pending.
import 'server-only';
import type { ReactNode } from 'react';
import { pageContext } from '@/server/http/page-context';
import { twoFactorStatus } from '@/server/services/security/two-factor-policy';
import { TwoFactorSetup, type TwoFactorView } from './two-factor-setup';

/** The caller's two-factor state for pages, or null when nobody is signed in. */
export async function twoFactorView(): Promise<TwoFactorView | null> {
  const ctx = await pageContext({ allowPasswordChange: true });
  if (!ctx) return null;
  const s = await twoFactorStatus(ctx.em, ctx.actor.accountId);
  return { enrolled: s.enrolled, enrolledAt: s.enrolledAt?.toISOString() ?? null, required: s.required, recoveryCodesLeft: s.recoveryCodesLeft };
}

export async function enrolmentGate(): Promise<ReactNode | null> {
  const view = await twoFactorView();
  return view && view.required && !view.enrolled ? <TwoFactorSetup status={view} /> : null;
}
