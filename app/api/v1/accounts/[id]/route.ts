// One account: read (its holder or an admin whose subtree holds it) and edit contact fields.
import { apiRoute, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { getAccount } from '@/server/services/accounts/load-account';
import { updateAccount } from '@/server/services/accounts/update-account';
import { parseInput, updateAccountInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

type P = { id: string };

export const GET = apiRoute<P>(async (ctx, { id }) => getAccount(ctx.em, { actor: ctx.actor }, id, ctx.today));

export const PATCH = apiRoute<P>(async (ctx, { id }) => {
  const body = parseInput(updateAccountInput, await readJson(ctx.req));
  return updateAccount(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, body, ctx.now, ctx.today);
});
