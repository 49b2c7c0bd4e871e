// GET /api/v1/submissions/{id} — data (redacted), rule findings, allowed events, diff since approval.
import { apiRoute } from '@/server/http/api-route';
import { getSubmission } from '@/server/services/submissions/get-submission';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (ctx, { id }) => getSubmission(ctx.em, ctx.actor, id, ctx.now));
