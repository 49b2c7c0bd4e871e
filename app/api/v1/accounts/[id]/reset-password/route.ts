// Admin password reset (ACC-7): the holder must change it at the next sign-in. 204.
import { apiRoute, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { resetPassword } from '@/server/services/accounts/reset-password';
import { newPasswordInput, parseInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ id: string }>(async (ctx, { id }) => {
  const body = parseInput(newPasswordInput, await readJson(ctx.req));
  await resetPassword(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, body.newPassword, ctx.now, ctx.today);
});
