// GET /api/v1/forms/{code}/prefill?unit=&period= — the starting data of a new report (period
// required) or register record, with the fields prefilled from what the database holds (FRM-3).
import { apiRoute } from '@/server/http/api-route';
import { parseInput, queryObject } from '@/server/services/submissions/input-schemas';
import { prefillDraft, prefillQuery } from '@/server/services/submissions/prefill-draft';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ code: string }>(async (ctx, { code }) => {
  const { unit, period } = parseInput(prefillQuery, queryObject(ctx.url));
  return prefillDraft(ctx.em, ctx.actor, { formCode: code, unitCode: unit, periodKey: period }, ctx.now, ctx.today);
});
