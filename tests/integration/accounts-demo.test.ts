// The demo accounts over the demo units (ACC-1, ACC-2): every account is created on a real
// unit, admin must change its password first, and the printed table marks changed passwords.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db';
import { seedDemoUnits } from '@/server/seed/demo-units';
import { seedDemoAccounts, demoAccountsText, DEMO_ACCOUNTS } from '@/server/seed/demo-accounts';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await seedDemoUnits(db.orm);
  await seedDemoAccounts(db.orm);
});
afterAll(async () => db.close());

describe('demo accounts', () => {
  it('creates every demo account on a unit, once', async () => {
    await seedDemoAccounts(db.orm);
    const rows = await db.sql(`select username, must_change_password from account order by username`);
    expect(rows.map((r) => r.username).sort()).toEqual(DEMO_ACCOUNTS.map((d) => d.username).sort());
    expect(rows.find((r) => r.username === 'admin')?.must_change_password).toBe(true);
  });

  it('prints the credentials and marks a changed password', async () => {
    await db.sql(`update account set password_hash = 'x' where username = 'duyet.so'`);
    const text = await demoAccountsText(db.orm);
    expect(text).toContain('Admin@2026');
    expect(text).toMatch(/duyet\.so .*đã đổi mật khẩu/);
  });
});
