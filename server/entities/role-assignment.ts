// A role granted on a unit subtree, optionally limited to one domain (ACC-8, ORG-3).
// Revoked by stamping revokedAt, never deleted, so who could do what stays answerable.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ROLE_NAMES } from '../../engine/access/actor';

export const RoleAssignment = defineEntity({
  name: 'RoleAssignment',
  tableName: 'role_assignment',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    accountId: p.uuid(),
    role: p.enum([...ROLE_NAMES]),
    unitId: p.uuid(),
    domain: p.text().nullable(),
    grantedBy: p.uuid().nullable(),
    grantedAt: p.datetime(),
    revokedBy: p.uuid().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type RoleAssignmentRow = InferEntity<typeof RoleAssignment>;
