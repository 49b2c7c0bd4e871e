// Granting a role on a unit subtree (ACC-8). 201 with the new assignment.
import { apiRoute, json, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { grantRole } from '@/server/services/accounts/roles';
import { parseInput, roleInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ id: string }>(async (ctx, { id }) => {
  const body = parseInput(roleInput, await readJson(ctx.req));
  return json(await grantRole(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, body, ctx.now, ctx.today), 201);
});
