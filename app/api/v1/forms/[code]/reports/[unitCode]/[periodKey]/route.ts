// PUT /api/v1/forms/{code}/reports/{unitCode}/{periodKey} — create or update a report draft.
import { apiRoute, readJson } from '@/server/http/api-route';
import { saveReport } from '@/server/services/submissions/save-report';
import { parseInput, saveReportBody } from '@/server/services/submissions/input-schemas';

export const dynamic = 'force-dynamic';

type Params = { code: string; unitCode: string; periodKey: string };

export const PUT = apiRoute<Params>(async (ctx, p) => {
  const body = parseInput(saveReportBody, await readJson(ctx.req));
  return saveReport(ctx.em, ctx.actor, { formCode: p.code, unitCode: p.unitCode, periodKey: decodeURIComponent(p.periodKey), ...body }, ctx.now);
});
