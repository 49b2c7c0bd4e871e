// The signed-in account itself: usable while a password change is pending, so the UI can
// show who is signed in and why the change is required (ACC-2, ACC-3, ACC-6).
import { apiRoute } from '@/server/http/api-route';
import { passwordChangeReason } from '@/server/auth/password-age';
import { findAccount } from '@/server/services/accounts/load-account';
import { accountDetail } from '@/server/services/accounts/dto';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(
  async (ctx) => {
    const account = await findAccount(ctx.em, ctx.actor.accountId);
    const d = await accountDetail(ctx.em, account, ctx.today);
    const reason = passwordChangeReason(account, ctx.now);
    return {
      id: d.id,
      username: d.username,
      fullName: d.fullName,
      kind: d.kind,
      email: d.email,
      phone: d.phone,
      title: d.title,
      unit: d.unit,
      roles: d.roles,
      passwordChangeRequired: reason !== null,
      passwordChangeReason: reason,
    };
  },
  { allowPasswordChange: true },
);
