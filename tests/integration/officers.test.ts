// Officer handover of a unit's account (ACC-6): recorded as history, audited, and followed
// by a password change within 7 days, forced afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { makeAccount, call, type TestAccount } from '../support/fixtures/accounts';
import { setClock } from '@/server/clock';
import * as officers from '@/app/api/v1/units/[id]/officers/route';
import * as me from '@/app/api/v1/me/route';
import * as accounts from '@/app/api/v1/accounts/route';

let db: TestDb;
let t: SmallTree;
let p1admin: TestAccount;
let p2admin: TestAccount;
let commune: TestAccount;
let offset = 0;
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDb();
  t = await insertSmallTree(db);
  setClock(() => new Date(Date.now() + offset));
  p1admin = await makeAccount({ username: 'p1admin', unitId: t.P1, roles: [{ role: 'unit_admin', unitId: t.P1 }] });
  p2admin = await makeAccount({ username: 'p2admin', unitId: t.P2, roles: [{ role: 'unit_admin', unitId: t.P2 }] });
  commune = await makeAccount({ username: 'xa.c1', kind: 'unit', unitId: t.C1, roles: [{ role: 'data_entry', unitId: t.C1 }] });
});
afterAll(async () => {
  setClock(null);
  await db.close();
});

describe('officer handover (ACC-6)', () => {
  it('records the handover, keeps the history and sets the unit account password due date', async () => {
    const first = await call(officers.POST, { token: p1admin.token, params: { id: t.C1 }, body: { fullName: 'Nguyễn Thị Mai', title: 'Công chức văn phòng' } });
    expect(first.status).toBe(201);
    const second = await call(officers.POST, {
      token: p1admin.token,
      params: { id: t.C1 },
      body: { fullName: 'Hoàng Văn Nam', department: 'Văn phòng UBND', phone: '0912345678', note: 'Bàn giao do chuyển công tác' },
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ fullName: 'Hoàng Văn Nam', current: true, toAt: null, note: 'Bàn giao do chuyển công tác' });
    const list = await call(officers.GET, { token: commune.token, params: { id: t.C1 } });
    expect(list.status).toBe(200);
    expect(list.body.items.map((o: { fullName: string; current: boolean }) => [o.fullName, o.current])).toEqual([
      ['Hoàng Văn Nam', true],
      ['Nguyễn Thị Mai', false],
    ]);
    const [row] = await db.sql(`select password_change_due_at from account where id = $1`, [commune.id]);
    const dueInDays = (new Date(row.password_change_due_at).getTime() - new Date(second.body.fromAt).getTime()) / DAY;
    expect(dueInDays).toBe(7);
    const audit = await db.sql(`select actor_name from audit_log where action = 'unit.officer-handover' and target_id = $1`, [t.C1]);
    expect(audit).toHaveLength(2);
  });

  it('forces the password change once the 7 days have passed', async () => {
    expect((await call(me.GET, { token: commune.token })).body.passwordChangeRequired).toBe(false);
    offset = 8 * DAY;
    const mine = await call(me.GET, { token: commune.token });
    expect(mine.body).toMatchObject({ passwordChangeRequired: true, passwordChangeReason: 'handover' });
    const blocked = await call(accounts.GET, { token: commune.token, path: '/api/v1/accounts' });
    expect(blocked.body.code).toBe('password-change-required');
  });

  it('a unit admin of another province cannot record a handover, nor read the list', async () => {
    const res = await call(officers.POST, { token: p2admin.token, params: { id: t.C1 }, body: { fullName: 'Người Ngoài' } });
    expect(res.status).toBe(403);
    expect((await call(officers.GET, { token: p2admin.token, params: { id: t.C1 } })).status).toBe(403);
  });
});
