// GET /api/v1/reports/{code}?period=&unit=&date=&state=&level=&format=json|xlsx|pdf — one live report.
import { apiRoute } from '@/server/http/api-route';
import { getReport } from '@/server/reports/get-report';
import { reportResponse } from '@/server/reports/download';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ code: string }>(async (ctx, { code }) => {
  const q = ctx.url.searchParams;
  const report = await getReport(ctx.em, ctx.actor, ctx.today, code, {
    period: q.get('period'), unit: q.get('unit'), date: q.get('date'), state: q.get('state'), level: q.get('level'),
  });
  return reportResponse(report, q.get('format'), ctx.today);
});
