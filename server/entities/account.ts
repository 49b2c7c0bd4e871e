// A person or unit account (ACC-1). Never deleted once it acted (ACC-5): closed instead.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Account = defineEntity({
  name: 'Account',
  tableName: 'account',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    username: p.text(),
    kind: p.enum(['person', 'unit'] as const),
    fullName: p.text(),
    email: p.text().nullable(),
    phone: p.text().nullable(),
    title: p.text().nullable(),
    unitId: p.uuid(),
    status: p.enum(['active', 'locked', 'closed'] as const).default('active'),
    passwordHash: p.text().hidden().lazy(),
    mustChangePassword: p.boolean().default(true),
    passwordChangeDueAt: p.datetime().nullable(),
    passwordChangedAt: p.datetime().nullable(),
    lockedUntil: p.datetime().nullable(),
    hasActed: p.boolean().default(false),
    lastLoginAt: p.datetime().nullable(),
    sessionEpoch: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    closedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});
export type AccountRow = InferEntity<typeof Account>;
