// Closing an account (ACC-5; there is no delete). 204.
import { apiRoute, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { closeAccount } from '@/server/services/accounts/close-account';
import { closeInput, parseInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ id: string }>(async (ctx, { id }) => {
  const text = await ctx.req.clone().text();
  const body = parseInput(closeInput, text.trim() ? await readJson(ctx.req) : {});
  await closeAccount(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, body.reason ?? null, ctx.now, ctx.today);
});
