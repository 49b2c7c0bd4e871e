// Builds the engine's Actor for an account: its live role grants with each grant's unit
// resolved on the given date, so scope checks are pure functions afterwards.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RoleGrant, RoleName } from '../../engine/access/actor';
import { findUnitRef } from '../repositories/unit-tree';
import { Account, RoleAssignment } from '../entities';
import { AppError } from '../errors';

export interface LoadedActor {
  actor: Actor;
  account: { id: string; status: 'active' | 'locked' | 'closed'; mustChangePassword: boolean; fullName: string; sessionEpoch: number };
}

export async function loadActor(em: EntityManager, accountId: string, date: string): Promise<LoadedActor | null> {
  const account = await em.findOne(Account, { id: accountId });
  if (!account) return null;
  const assignments = await em.find(RoleAssignment, { accountId, revokedAt: null });
  const home = await findUnitRef(em, account.unitId, date);
  if (!home) throw new AppError('internal', { vi: 'Tài khoản gắn với đơn vị không tồn tại.', en: 'Account unit missing.' });
  const grants: RoleGrant[] = [];
  for (const a of assignments) {
    const unit = await findUnitRef(em, a.unitId, date);
    if (unit) grants.push({ role: a.role as RoleName, unit, domain: a.domain ?? null });
  }
  return {
    actor: { accountId: account.id, username: account.username, kind: account.kind, homeUnit: home, grants },
    account: {
      id: account.id,
      status: account.status,
      mustChangePassword: account.mustChangePassword,
      fullName: account.fullName,
      sessionEpoch: account.sessionEpoch,
    },
  };
}
