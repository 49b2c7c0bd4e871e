// PUT /api/v1/records/{id} — update a register record (optimistic version required).
import { apiRoute, readJson } from '@/server/http/api-route';
import { updateRecord } from '@/server/services/submissions/update-record';
import { parseInput, updateRecordBody } from '@/server/services/submissions/input-schemas';

export const dynamic = 'force-dynamic';

export const PUT = apiRoute<{ id: string }>(async (ctx, { id }) => {
  const body = parseInput(updateRecordBody, await readJson(ctx.req));
  return updateRecord(ctx.em, ctx.actor, { id, ...body }, ctx.now);
});
