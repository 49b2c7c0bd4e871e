// The holder changes their own password. 204 on success; every session of the account then
// ends (session epoch), so the web UI signs in again with the new password.
import { apiRoute, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { changeOwnPassword } from '@/server/services/auth/change-password';
import { changePasswordInput, parseInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(
  async (ctx) => {
    const body = parseInput(changePasswordInput, await readJson(ctx.req));
    await changeOwnPassword(ctx.em, ctx.actor.accountId, body.currentPassword, body.newPassword, ctx.now, clientIp(ctx.req));
  },
  { allowPasswordChange: true },
);
