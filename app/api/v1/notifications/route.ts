// GET /api/v1/notifications?unread=&page=&pageSize= — the caller's own notifications.
import { apiRoute } from '@/server/http/api-route';
import { listNotifications } from '@/server/services/notifications/list-notifications';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => {
  const q = ctx.url.searchParams;
  return listNotifications(ctx.em, ctx.actor, {
    unreadOnly: q.get('unread') === 'true', page: Number(q.get('page') ?? 1) || 1, pageSize: Number(q.get('pageSize') ?? 20) || 20,
  });
});
