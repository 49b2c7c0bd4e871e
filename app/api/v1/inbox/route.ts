// GET /api/v1/inbox — the officer's open, due, overdue and returned work (PER-1..5).
import { apiRoute } from '@/server/http/api-route';
import { getInbox } from '@/server/services/inbox/get-inbox';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => ({ items: await getInbox(ctx.em, ctx.actor, ctx.now) }));
