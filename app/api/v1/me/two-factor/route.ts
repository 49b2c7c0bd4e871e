// The caller's two-factor state: enrolled or not, required by a role or not, recovery codes
// left. Usable while enrolment is pending, so the UI knows to send the user to enrol.
import { apiRoute } from '@/server/http/api-route';
import { twoFactorStatus } from '@/server/services/security/two-factor-policy';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => {
  const s = await twoFactorStatus(ctx.em, ctx.actor.accountId);
  return { enrolled: s.enrolled, enrolledAt: s.enrolledAt?.toISOString() ?? null, required: s.required, recoveryCodesLeft: s.recoveryCodesLeft };
}, { allowTwoFactorEnrolment: true });
