// Lifting a sign-in lockout before it expires. 204.
import { apiRoute } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { unlockAccount } from '@/server/services/accounts/unlock-account';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ id: string }>(async (ctx, { id }) => {
  await unlockAccount(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, ctx.now, ctx.today);
});
