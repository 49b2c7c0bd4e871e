// GET /api/v1/imports/{id} — progress and outcome of an Excel import job:
// {status, total, processed, valid, invalid, written, errors[{row, column, columnTitle, rule, message}]}.
import { apiRoute } from '@/server/http/api-route';
import { getImport } from '@/server/services/registers/get-import';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (ctx, { id }) => getImport(ctx.em, ctx.actor, id, ctx.today));
