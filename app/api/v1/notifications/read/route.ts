// POST /api/v1/notifications/read {ids | 'all'} — mark the caller's notifications read.
import { apiRoute, readJson } from '@/server/http/api-route';
import { listNotifications, markNotificationsRead } from '@/server/services/notifications/list-notifications';
import { markReadBody, parseInput } from '@/server/services/submissions/input-schemas';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(async (ctx) => {
  const { ids } = parseInput(markReadBody, await readJson(ctx.req));
  const marked = await markNotificationsRead(ctx.em, ctx.actor, ids, ctx.now);
  const { unread } = await listNotifications(ctx.em, ctx.actor, { pageSize: 1 });
  return { marked, unread };
});
