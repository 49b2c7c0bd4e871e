// The signed-in account as it sees itself: identity, unit, roles, and whether (and why)
// a password change must come first (ACC-2, ACC-3, ACC-6). Used by /api/v1/me and pages.
import type { EntityManager } from '@mikro-orm/postgresql';
import { passwordChangeReason } from '../../auth/password-age';
import { findAccount } from './load-account';
import { accountDetail } from './dto';

export async function getMe(ctx: { em: EntityManager; actor: { accountId: string }; now: Date; today: string }) {
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
}
