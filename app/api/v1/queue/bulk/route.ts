// POST /api/v1/queue/bulk — one event (e.g. APPROVE) on many rows, each in its own transaction.
import { apiRoute, readJson } from '@/server/http/api-route';
import { bulkEvent } from '@/server/services/queue/bulk-event';
import { bulkBody, parseInput } from '@/server/services/submissions/input-schemas';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(async (ctx) => {
  const body = parseInput(bulkBody, await readJson(ctx.req));
  return { results: await bulkEvent(ctx.em, ctx.actor, body, ctx.now) };
});
