// GET /api/v1/units: list units on a date within the caller's scope (roots, children of a
// unit, or a search). Thin: parse the query string, call the service, serialise.
import { apiRoute } from '@/server/http/api-route';
import { listUnits } from '@/server/services/units/list-units';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => {
  const p = ctx.url.searchParams;
  return listUnits(ctx.em, ctx.actor, ctx.today, {
    date: p.get('date'),
    parent: p.get('parent'),
    level: p.get('level'),
    q: p.get('q'),
    page: p.get('page'),
    pageSize: p.get('pageSize'),
  });
});
