// Builds the engine's Actor for an account: its live role grants with each grant's unit
// resolved on the given date, so scope checks are pure functions afterwards. The home unit
// and every grant's unit come back in ONE query with the account itself (it runs on every API request).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RoleGrant, RoleName } from '../../engine/access/actor';
import { unitFromRow, UNIT_ON_DATE_COLUMNS, UNIT_ON_DATE_PARAMS, type UnitOnDateRow } from '../repositories/submissions-unit-sql';
import { AppError } from '../errors';
import { rememberActorName } from './actor-names';

export interface LoadedActor {
  actor: Actor;
  account: { id: string; status: 'active' | 'locked' | 'closed'; mustChangePassword: boolean; fullName: string; sessionEpoch: number };
}

type GrantRow = UnitOnDateRow & {
  home: boolean; role: string | null; grant_domain: string | null;
  account_id: string; username: string; kind: Actor['kind']; full_name: string; status: 'active' | 'locked' | 'closed';
  must_change_password: boolean; session_epoch: number;
};

export async function loadActor(em: EntityManager, accountId: string, date: string): Promise<LoadedActor | null> {
  const rows = await em.execute<GrantRow[]>(
    `with a as (select id, username, kind, full_name, status, must_change_password, session_epoch, unit_id from account where id = ?)
     select g.home, g.role, g.grant_domain, a.id account_id, a.username, a.kind, a.full_name, a.status, a.must_change_password, a.session_epoch,
            ${UNIT_ON_DATE_COLUMNS('?')}
       from (select true home, null::text role, null::text grant_domain, a.unit_id, null::timestamptz granted_at, null::uuid ra_id from a
             union all
             select false, ra.role::text, ra.domain, ra.unit_id, ra.granted_at, ra.id
               from role_assignment ra where ra.account_id = ? and ra.revoked_at is null) g
       cross join a
       join org_unit u on u.id = g.unit_id
      order by g.home desc, g.granted_at, g.ra_id`,
    [accountId, ...Array<string>(UNIT_ON_DATE_PARAMS).fill(date), accountId],
  );
  if (rows.length === 0) return null;
  const account = rows[0];
  const homeRow = rows.find((r) => r.home);
  if (!homeRow) throw new AppError('internal', { vi: 'Tài khoản gắn với đơn vị không tồn tại.', en: 'Account unit missing.' });
  const grants: RoleGrant[] = rows.filter((r) => !r.home)
    .map((r) => ({ role: r.role as RoleName, unit: unitFromRow(r), domain: r.grant_domain ?? null }));
  const actor: Actor = { accountId: account.account_id, username: account.username, kind: account.kind, homeUnit: unitFromRow(homeRow), grants };
  rememberActorName(actor, account.full_name);
  return {
    actor,
    account: {
      id: account.account_id,
      status: account.status,
      mustChangePassword: account.must_change_password,
      fullName: account.full_name,
      sessionEpoch: account.session_epoch,
    },
  };
}
