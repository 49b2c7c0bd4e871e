// Loading an account for reading or for a change, with the scope check applied: readable
// by its holder and by admins whose subtree holds its unit; changeable only when the unit
// and all its grants are in the caller's subtrees (ACC-8). Changes lock the row.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Account } from '../../entities';
import type { AccountRow } from '../../entities/account';
import { outOfScope } from '../../errors';
import { accountNotFound, assertCanAdministerUnit, assertCanManageAccount, isAccountAdmin, type AdminCaller } from './caller';
import { accountDetail, type AccountDetail } from './dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findAccount(em: EntityManager, id: string, lock = false): Promise<AccountRow> {
  if (!UUID.test(id)) throw accountNotFound();
  const account = await em.findOne(Account, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!account) throw accountNotFound();
  return account;
}

/** Inside a transaction: the account, row-locked, after checking the caller may change it. */
export async function loadForChange(em: EntityManager, caller: AdminCaller, id: string, today: string): Promise<AccountRow> {
  const account = await findAccount(em, id, true);
  await assertCanManageAccount(em, caller, account, today);
  return account;
}

export async function getAccount(em: EntityManager, caller: AdminCaller, id: string, today: string): Promise<AccountDetail> {
  const account = await findAccount(em, id);
  const own = 'actor' in caller && caller.actor.accountId === account.id;
  if (!own && !isAccountAdmin(caller)) throw outOfScope();
  if (!own) await assertCanAdministerUnit(em, caller, account.unitId, today);
  return accountDetail(em, account, today);
}
