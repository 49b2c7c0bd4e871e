// Earlier password hashes of an account, so the last N can't be reused.
import { defineEntity, p } from '@mikro-orm/core';

export const PasswordHistory = defineEntity({
  name: 'PasswordHistory',
  tableName: 'password_history',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    accountId: p.uuid(),
    passwordHash: p.text(),
    createdAt: p.datetime(),
  },
});
