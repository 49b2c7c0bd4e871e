// Admin reset of an account's two-factor sign-in (unit admin within scope, system admin):
// DELETE removes the enrolment and recovery codes and ends its sessions; audited. 204.
import { apiRoute } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { resetTwoFactor } from '@/server/services/security/two-factor-reset';

export const dynamic = 'force-dynamic';

export const DELETE = apiRoute<{ id: string }>(async (ctx, { id }) => {
  await resetTwoFactor(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, ctx.now, ctx.today);
});
