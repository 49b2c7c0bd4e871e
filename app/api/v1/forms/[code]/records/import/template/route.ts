// GET /api/v1/forms/{code}/records/import/template?unit= — the .xlsx to fill for an import:
// Vietnamese titles, a hidden row of field codes, drop-down lists for choice fields.
import { apiRoute } from '@/server/http/api-route';
import { parseInput, queryObject } from '@/server/services/submissions/input-schemas';
import { importFields } from '@/server/services/registers/input-schemas';
import { buildTemplate } from '@/server/services/registers/build-template';
import { xlsxResponse } from '@/server/services/registers/xlsx-response';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ code: string }>(async (ctx, { code }) => {
  const { unit } = parseInput(importFields.pick({ unit: true }), queryObject(ctx.url));
  const { fileName, body } = await buildTemplate(ctx.em, ctx.actor, code, unit, ctx.today);
  return xlsxResponse(fileName, new Uint8Array(body));
});
