// POST /api/v1/forms/{code}/records — add a record to a unit's register.
// GET ?unit=&q=&state=&page=&pageSize= — the unit's records, searched without accents.
import { apiRoute, json, readJson } from '@/server/http/api-route';
import { createRecord } from '@/server/services/submissions/create-record';
import { listRecords } from '@/server/services/submissions/list-records';
import { createRecordBody, parseInput, queryObject, recordsQuery } from '@/server/services/submissions/input-schemas';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ code: string }>(async (ctx, { code }) => {
  const body = parseInput(createRecordBody, await readJson(ctx.req));
  return json(await createRecord(ctx.em, ctx.actor, { formCode: code, ...body }, ctx.now, ctx.today), 201);
});

export const GET = apiRoute<{ code: string }>(async (ctx, { code }) => {
  const { unit, ...q } = parseInput(recordsQuery, queryObject(ctx.url));
  return listRecords(ctx.em, ctx.actor, code, { unitCode: unit, ...q }, ctx.today);
});
