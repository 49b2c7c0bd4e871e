// GET /api/v1/queue — the approver's paged, filtered, sorted queue with allowed events per row.
import { apiRoute } from '@/server/http/api-route';
import { listQueue } from '@/server/services/queue/list-queue';
import { parseInput, queryObject, queueQuery } from '@/server/services/submissions/input-schemas';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => {
  const { unit, ...q } = parseInput(queueQuery, queryObject(ctx.url));
  return listQueue(ctx.em, ctx.actor, { ...q, unitCode: unit }, ctx.now);
});
