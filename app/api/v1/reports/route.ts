// GET /api/v1/reports — the report templates the caller can read.
import { apiRoute } from '@/server/http/api-route';
import { listReports } from '@/server/reports/list-reports';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => ({ items: await listReports(ctx.em, ctx.actor) }));
