// The officers of a unit's account (ACC-6): the history, current first, and a handover.
import { apiRoute, json, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { handOver, listOfficers } from '@/server/services/accounts/officers';
import { officerInput, parseInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

type P = { id: string };

export const GET = apiRoute<P>(async (ctx, { id }) => ({ items: await listOfficers(ctx.em, ctx.actor, id, ctx.today) }));

export const POST = apiRoute<P>(async (ctx, { id }) => {
  const body = parseInput(officerInput, await readJson(ctx.req));
  return json(await handOver(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, body, ctx.now, ctx.today), 201);
});
