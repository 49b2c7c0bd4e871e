// PER-1..5 with a changing tree (ORG-4, RPT-7): the inbox asks for the units valid on each
// period's reference date — the same units the completeness report expects — so a commune
// created after the reference date is not asked for that period, and a commune closed since is
// still asked of the accounts that cover it on that date (the tree the save path checks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setClock } from '@/server/clock';
import { GET as getInbox } from '@/app/api/v1/inbox/route';
import { expectedUnits } from '@/server/reports/completeness-sql';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
let oldId: string;
let newId: string;
let officerNew: TestAccount;
let districtOfficer: TestAccount;

interface Item { periodKey: string; unit: { code: string }; periodLabel: { vi: string; en: string } }
const rows = (items: Item[]) => items.map((i) => `${i.periodKey}:${i.unit.code}`).sort();

async function unit(code: string, name: string, from: string, to: string | null): Promise<string> {
  const [row] = await w.db.sql<{ id: string }>(`insert into org_unit (code, name, level, valid_from, valid_to) values ($1, $2, 'commune', $3, $4) returning id`, [code, name, from, to]);
  await w.db.sql(`insert into org_unit_parent (unit_id, parent_id, valid_from, valid_to) values ($1, $2, $3, $4)`, [row.id, w.tree.D1, from, to]);
  return row.id;
}

beforeAll(async () => {
  w = await createWorld();
  // Xã Cũ closes on 31 January 2026; Xã Mới, created on 1 February 2026, takes it over.
  oldId = await unit('XC', 'Xã Cũ', '2000-01-01', '2026-01-31');
  newId = await unit('XM', 'Xã Mới', '2026-02-01', null);
  await w.db.sql(`insert into org_unit_succession (predecessor_id, successor_id, effective_date) values ($1, $2, '2026-02-01')`, [oldId, newId]);
  await w.db.sql(`select rebuild_org_unit_closure()`);
  officerNew = await makeAccount({ username: 'canbo.xm', unitId: newId, roles: [{ role: 'data_entry', unitId: newId }] });
  districtOfficer = await makeAccount({ username: 'canbo.d1', unitId: w.tree.D1, roles: [{ role: 'data_entry', unitId: w.tree.D1 }] });
  setClock(() => new Date('2026-02-15T03:00:00Z'));
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('inbox units on the reference date (PER-1..5, ORG-4, RPT-7)', () => {
  it('PER-2: a commune created after 31/12/2025 is asked for 2026 only, not for the closed commune\'s 2025', async () => {
    const res = await send(getInbox, { token: officerNew.token });
    expect(res.status).toBe(200);
    expect(rows(res.body.items)).toEqual(['2026:XM']);
    expect(res.body.items[0]).toMatchObject({ periodLabel: { vi: 'Năm 2026', en: 'Year 2026' }, status: 'not-started' });
  });

  it('ORG-4: the district officer sees each commune of each period once, by the tree of its reference date', async () => {
    const res = await send(getInbox, { token: districtOfficer.token });
    expect(rows(res.body.items)).toEqual(['2025:C1', '2025:C2', '2025:XC', '2026:C1', '2026:C2', '2026:XM']);
  });

  it('RPT-7: the inbox asks for exactly the units the completeness report expects', async () => {
    const em = w.db.orm.em.fork() as EntityManager;
    const inbox = (await send(getInbox, { token: districtOfficer.token })).body.items as Item[];
    for (const [periodKey, refDate] of [['2025', '2025-12-31'], ['2026', '2026-12-31']]) {
      const { units } = await expectedUnits(em, { scope: w.tree.D1, date: '2026-02-15', refDate, dueDate: null, form: 'test-report', periodKey, levels: ['commune'] });
      expect(inbox.filter((i) => i.periodKey === periodKey).map((i) => i.unit.code).sort()).toEqual(units.map((u) => u.code).sort());
    }
  });

  it('PER-1: officers of untouched communes are not offered the new or the closed commune', async () => {
    const res = await send(getInbox, { token: w.officerC1.token });
    expect(rows(res.body.items)).toEqual(['2025:C1', '2026:C1']);
  });
});
