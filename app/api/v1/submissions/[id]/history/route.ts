// GET /api/v1/submissions/{id}/history — the timeline: who, what, when, why.
import { apiRoute } from '@/server/http/api-route';
import { getHistory } from '@/server/services/submissions/get-history';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (ctx, { id }) => ({ items: await getHistory(ctx.em, ctx.actor, id) }));
