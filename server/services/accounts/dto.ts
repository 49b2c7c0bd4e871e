// The shapes accounts leave the server in (never ORM entities): the detail of one account
// with its unit and live roles resolved on a date, shared by /me and /accounts/{id}.
import type { EntityManager } from '@mikro-orm/postgresql';
import { findUnitRef } from '../../repositories/unit-tree';
import { RoleAssignment } from '../../entities';
import type { AccountRow } from '../../entities/account';
import type { RoleAssignmentRow } from '../../entities/role-assignment';

export interface UnitBrief {
  id: string;
  code: string;
  name: string;
  level: string;
}

export interface RoleDto {
  id: string;
  role: string;
  unit: UnitBrief;
  domain: string | null;
}

export interface AccountDetail {
  id: string;
  username: string;
  fullName: string;
  kind: 'person' | 'unit';
  email: string | null;
  phone: string | null;
  title: string | null;
  status: 'active' | 'locked' | 'closed';
  unit: UnitBrief;
  roles: RoleDto[];
  mustChangePassword: boolean;
  passwordChangeDueAt: string | null;
  passwordChangedAt: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  closedAt: string | null;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export async function unitBrief(em: EntityManager, unitId: string, date: string): Promise<UnitBrief> {
  const u = await findUnitRef(em, unitId, date);
  return u ? { id: u.id, code: u.code, name: u.name, level: u.level } : { id: unitId, code: '', name: '', level: '' };
}

export async function roleDto(em: EntityManager, r: RoleAssignmentRow, date: string): Promise<RoleDto> {
  return { id: r.id, role: r.role, unit: await unitBrief(em, r.unitId, date), domain: r.domain ?? null };
}

export async function accountDetail(em: EntityManager, a: AccountRow, date: string): Promise<AccountDetail> {
  const assignments = await em.find(RoleAssignment, { accountId: a.id, revokedAt: null }, { orderBy: { grantedAt: 'asc' } });
  const roles: RoleDto[] = [];
  for (const r of assignments) roles.push(await roleDto(em, r, date));
  return {
    id: a.id,
    username: a.username,
    fullName: a.fullName,
    kind: a.kind,
    email: a.email ?? null,
    phone: a.phone ?? null,
    title: a.title ?? null,
    status: a.status,
    unit: await unitBrief(em, a.unitId, date),
    roles,
    mustChangePassword: a.mustChangePassword,
    passwordChangeDueAt: iso(a.passwordChangeDueAt),
    passwordChangedAt: iso(a.passwordChangedAt),
    lockedUntil: iso(a.lockedUntil),
    lastLoginAt: iso(a.lastLoginAt),
    createdAt: a.createdAt.toISOString(),
    closedAt: iso(a.closedAt),
  };
}
