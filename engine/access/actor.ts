// The acting account as the engine sees it: already resolved by the server from the
// database (units of the relevant date, role grants), so guards and scopes are pure functions.

export const ROLE_NAMES = ['system_admin', 'unit_admin', 'data_entry', 'approver', 'viewer'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** A unit as of the date that matters for the question (ancestors resolved on that date). */
export interface UnitRef {
  id: string;
  code: string;
  /** Level/type from the unit tree: 'country' | 'province' | 'district' | 'commune' | 'department' | … (data, not code). */
  level: string;
  /** Ids of the unit's ancestors on that date, root first, excluding the unit itself. */
  ancestorIds: string[];
  /** Kind of organisation ('administrative' | 'agency' | …), when the server resolved it. */
  unitType?: string;
  /** Domains an agency unit is responsible for (domain codes); absent or [] for territorial units. */
  domains?: string[];
}

export interface RoleGrant {
  role: RoleName;
  /** The grant covers this unit and its whole subtree. */
  unit: UnitRef;
  /** Limits the grant to one domain (a domain code such as 'health'); null = every domain. */
  domain: string | null;
}

export interface Actor {
  accountId: string;
  username: string;
  kind: 'person' | 'unit';
  homeUnit: UnitRef;
  grants: RoleGrant[];
}
