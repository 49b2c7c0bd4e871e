// GET /api/v1/units/{id}: one unit on a date with breadcrumb and succession links; the
// service checks the caller's scope (403 out-of-scope outside it).
import { apiRoute } from '@/server/http/api-route';
import { getUnit } from '@/server/services/units/get-unit';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (ctx, params) =>
  getUnit(ctx.em, ctx.actor, ctx.today, params.id, ctx.url.searchParams.get('date')),
);
