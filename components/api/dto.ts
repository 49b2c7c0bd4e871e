// The plain shapes the browser receives from /api/v1 (never ORM entities), one place for all
// pages so a contract change shows up as a type error.
export type Level = 'country' | 'province' | 'district' | 'commune' | 'department';
export type RoleName = 'system_admin' | 'unit_admin' | 'data_entry' | 'approver' | 'viewer';
export type Domain = 'giam-ngheo' | 'dan-toc' | 'noi-vu';
export type AccountStatus = 'active' | 'locked' | 'closed';
export type PasswordChangeReason = 'first-login-or-reset' | 'expired' | 'handover';

export const ROLES: RoleName[] = ['system_admin', 'unit_admin', 'data_entry', 'approver', 'viewer'];
export const DOMAINS: Domain[] = ['giam-ngheo', 'dan-toc', 'noi-vu'];
export const STATUSES: AccountStatus[] = ['active', 'locked', 'closed'];

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  level: Level;
}

export interface MeDto {
  id: string;
  username: string;
  fullName: string;
  kind: 'person' | 'unit';
  email: string | null;
  phone: string | null;
  title: string | null;
  unit: UnitRef;
  roles: { id: string; role: RoleName; unit: UnitRef; domain: Domain | null }[];
  passwordChangeRequired: boolean;
  passwordChangeReason: PasswordChangeReason | null;
}

export interface UnitItem extends UnitRef {
  unitType: string | null;
  validFrom: string | null;
  validTo: string | null;
  parentId: string | null;
  childCount: number;
}

export interface UnitList {
  date: string;
  total: number;
  items: UnitItem[];
}

export interface SuccessionEntry extends UnitRef {
  validFrom: string;
  validTo: string | null;
  effectiveDate: string;
  mapping: 'full' | 'partial';
  note: string | null;
}

export interface UnitDetail extends UnitItem {
  date: string;
  ancestors: UnitRef[];
  successors: SuccessionEntry[];
  predecessors: SuccessionEntry[];
}

/** The API's own type (type-only import: nothing of the server reaches the browser bundle). */
export type { OfficerDto } from '@/server/services/accounts/officers';

export interface AccountRow {
  id: string;
  username: string;
  fullName: string;
  kind: 'person' | 'unit';
  unit: { id: string; code: string; name: string };
  status: AccountStatus;
  roles: { id: string; role: RoleName; unitId: string; unitName: string; domain: Domain | null }[];
  lastLoginAt: string | null;
  createdAt: string;
}

export interface AccountPage {
  total: number;
  page: number;
  pageSize: number;
  items: AccountRow[];
}

export function isAdmin(me: Pick<MeDto, 'roles'>): boolean {
  return me.roles.some((r) => r.role === 'system_admin' || r.role === 'unit_admin');
}
