// GET /api/v1/completeness?form=&period=&unit=&date= — expected vs received vs approved, on time vs late.
import { apiRoute } from '@/server/http/api-route';
import { getCompleteness } from '@/server/reports/get-completeness';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => {
  const q = ctx.url.searchParams;
  return getCompleteness(ctx.em, ctx.actor, ctx.today, { form: q.get('form'), period: q.get('period'), unit: q.get('unit'), date: q.get('date') });
});
