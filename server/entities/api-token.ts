// A bearer token for integrators (INT-1). Only its SHA-256 is stored; it acts as its account.
import { defineEntity, p } from '@mikro-orm/core';

export const ApiToken = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    accountId: p.uuid(),
    name: p.text(),
    tokenHash: p.text(),
    createdAt: p.datetime(),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
