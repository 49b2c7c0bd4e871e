// POST /api/v1/submissions/{id}/events — a workflow event; honours the Idempotency-Key header.
import { apiRoute, readJson } from '@/server/http/api-route';
import { applyEvent } from '@/server/services/submissions/apply-event';
import { eventBody, parseInput } from '@/server/services/submissions/input-schemas';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ id: string }>(async (ctx, { id }) => {
  const body = parseInput(eventBody, await readJson(ctx.req));
  return applyEvent(ctx.em, ctx.actor, { id, ...body, idempotencyKey: ctx.req.headers.get('idempotency-key') }, ctx.now);
});
