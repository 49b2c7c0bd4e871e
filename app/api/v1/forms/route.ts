// GET /api/v1/forms — the published forms (latest version of each).
import { apiRoute } from '@/server/http/api-route';
import { listForms } from '@/server/services/definitions/list-forms';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => ({ items: await listForms(ctx.em) }));
