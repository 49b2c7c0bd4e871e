// Starts (or restarts) two-factor enrolment: a new server-side secret, returned once as a
// QR code and as text for manual entry. Nothing is enforced until /confirm succeeds.
import { apiRoute } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { startEnrolment } from '@/server/services/security/two-factor-enrol';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(async (ctx) => {
  const r = await startEnrolment(ctx.em, { accountId: ctx.actor.accountId, username: ctx.actor.username, ip: clientIp(ctx.req) }, ctx.now);
  return new Response(JSON.stringify(r), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}, { allowTwoFactorEnrolment: true });
