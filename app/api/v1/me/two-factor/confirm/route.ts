// Confirms two-factor enrolment with a first valid code; answers the ten recovery codes,
// shown this once (only their hashes are kept).
import { z } from 'zod';
import { apiRoute, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { confirmEnrolment } from '@/server/services/security/two-factor-enrol';
import { parseInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

const input = z.strictObject({ code: z.string().trim().min(6).max(10) });

export const POST = apiRoute(async (ctx) => {
  const { code } = parseInput(input, await readJson(ctx.req));
  const r = await confirmEnrolment(ctx.em, { accountId: ctx.actor.accountId, username: ctx.actor.username, ip: clientIp(ctx.req) }, code, ctx.now);
  return new Response(JSON.stringify(r), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}, { allowTwoFactorEnrolment: true });
