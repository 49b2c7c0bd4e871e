// Builds the engine's Actor for an account: its live role grants with each grant's unit
// resolved on the given date, so scope checks are pure functions afterwards. The home unit
// and every grant's unit come back in ONE query (it runs on every API request).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RoleGrant, RoleName } from '../../engine/access/actor';
import { unitFromRow, UNIT_ON_DATE_COLUMNS, UNIT_ON_DATE_PARAMS, type UnitOnDateRow } from '../repositories/submissions-unit-sql';
import { Account } from '../entities';
import { AppError } from '../errors';
import { rememberActorName } from './actor-names';

export interface LoadedActor {
  actor: Actor;
  account: { id: string; status: 'active' | 'locked' | 'closed'; mustChangePassword: boolean; fullName: string; sessionEpoch: number };
}

type GrantRow = UnitOnDateRow & { home: boolean; role: string | null; grant_domain: string | null };

export async function loadActor(em: EntityManager, accountId: string, date: string): Promise<LoadedActor | null> {
  // Usually already in the identity map: authenticate() read it for this request.
  const account = await em.findOne(Account, { id: accountId });
  if (!account) return null;
  const rows = await em.getConnection().execute<GrantRow[]>(
    `select g.home, g.role, g.grant_domain, ${UNIT_ON_DATE_COLUMNS('?')}
       from (select true home, null::text role, null::text grant_domain, ?::uuid unit_id, null::timestamptz granted_at, null::uuid ra_id
             union all
             select false, ra.role::text, ra.domain, ra.unit_id, ra.granted_at, ra.id
               from role_assignment ra where ra.account_id = ? and ra.revoked_at is null) g
       join org_unit u on u.id = g.unit_id
      order by g.home desc, g.granted_at, g.ra_id`,
    [...Array<string>(UNIT_ON_DATE_PARAMS).fill(date), account.unitId, accountId],
  );
  const homeRow = rows.find((r) => r.home);
  if (!homeRow) throw new AppError('internal', { vi: 'Tài khoản gắn với đơn vị không tồn tại.', en: 'Account unit missing.' });
  const grants: RoleGrant[] = rows.filter((r) => !r.home)
    .map((r) => ({ role: r.role as RoleName, unit: unitFromRow(r), domain: r.grant_domain ?? null }));
  const actor: Actor = { accountId: account.id, username: account.username, kind: account.kind, homeUnit: unitFromRow(homeRow), grants };
  rememberActorName(actor, account.fullName);
  return {
    actor,
    account: {
      id: account.id,
      status: account.status,
      mustChangePassword: account.mustChangePassword,
      fullName: account.fullName,
      sessionEpoch: account.sessionEpoch,
    },
  };
}
