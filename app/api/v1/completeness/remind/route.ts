// POST /api/v1/completeness/remind {form, period, unit?, date?} — notifies the data-entry
// accounts of the units still missing; approvers and administrators of the scope only; audited.
import { apiRoute, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { remindMissing } from '@/server/services/reports-remind/remind-missing';

export const dynamic = 'force-dynamic';

type Body = { form?: unknown; period?: unknown; unit?: unknown; date?: unknown };
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

export const POST = apiRoute(async (ctx) => {
  const body = (await readJson<Body>(ctx.req)) ?? {};
  return remindMissing(ctx.em, ctx.actor, ctx.today, { form: str(body.form), period: str(body.period), unit: str(body.unit), date: str(body.date) }, { at: ctx.now, ip: clientIp(ctx.req) });
});
