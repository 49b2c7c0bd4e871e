// GET /api/v1/forms/{code}/records/export?unit=&q=&state=&f.<field>=&sort=&order= — the
// register list as .xlsx with the screen's filters applied (streamed).
import { Readable } from 'node:stream';
import { apiRoute } from '@/server/http/api-route';
import { parseFilters } from '@/server/services/registers/input-schemas';
import { exportRecords } from '@/server/services/registers/export-records';
import { xlsxResponse } from '@/server/services/registers/xlsx-response';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ code: string }>(async (ctx, { code }) => {
  const { unit, ...filters } = parseFilters(ctx.url.searchParams);
  const { fileName, stream } = await exportRecords(ctx.em, ctx.actor, code, unit, filters, ctx.today);
  return xlsxResponse(fileName, Readable.toWeb(stream) as ReadableStream<Uint8Array>);
});
