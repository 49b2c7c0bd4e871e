// The units API on the demo trees (ORG-1, ORG-4, SEC-3): what a system admin, a province
// agency and a commune officer may list and open on a date, and the problem+json errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { createTestDb, type TestDb } from '../support/test-db';
import { hashToken } from '@/server/auth/tokens';
import { seedDemoUnits } from '@/server/seed/demo-units';
import { GET as listRoute } from '@/app/api/v1/units/route';
import { GET as unitRoute } from '@/app/api/v1/units/[id]/route';

let db: TestDb;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

async function unitId(code: string, level: string, date: string): Promise<string> {
  const [row] = await db.sql<{ id: string }>(
    `select id from org_unit where code = $1 and level = $2 and valid_from <= $3 and (valid_to is null or valid_to >= $3)`,
    [code, level, date],
  );
  return row.id;
}

async function account(name: string, unit: string, role: string, domain: string | null = null): Promise<void> {
  const [acc] = await db.sql<{ id: string }>(
    `insert into account (username, kind, full_name, unit_id, password_hash, must_change_password, password_changed_at)
     values ($1, 'person', $1, $2, 'not-a-hash', false, now()) returning id`,
    [name, unit],
  );
  await db.sql(`insert into role_assignment (account_id, role, unit_id, domain, granted_at) values ($1, $2, $3, $4, now())`, [acc.id, role, unit, domain]);
  tokens[name] = `vgf_test_${crypto.randomBytes(8).toString('hex')}`;
  await db.sql(`insert into api_token (account_id, name, token_hash, created_at) values ($1, 'test', $2, now())`, [acc.id, hashToken(tokens[name])]);
}

async function call(who: string, pathAndQuery: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = `http://x/api/v1/units${pathAndQuery}`;
  const req = new Request(url, { headers: { authorization: `Bearer ${tokens[who]}`, 'accept-language': 'en' } });
  const id = /^\/([^/?]+)/.exec(pathAndQuery)?.[1];
  const res = id ? await unitRoute(req, { params: Promise.resolve({ id }) }) : await listRoute(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const codes = (body: Record<string, unknown>) => (body.items as { code: string }[]).map((i) => i.code);

beforeAll(async () => {
  db = await createTestDb();
  await seedDemoUnits(db.orm);
  await seedDemoUnits(db.orm); // idempotent: the second run must change nothing
  ids.vn = await unitId('VN', 'country', '2025-07-01');
  ids.cb = await unitId('04', 'province', '2025-07-01');
  const communes = await db.sql<{ id: string; code: string }>(
    `select u.id, u.code from org_unit u join org_unit_parent p on p.unit_id = u.id
      where p.parent_id = $1 and u.level = 'commune' order by u.code limit 2`,
    [ids.cb],
  );
  [ids.commune, ids.otherCommune] = communes.map((c) => c.id);
  ids.oldBk = await unitId('06', 'province', '2025-06-30');
  await account('admin', ids.vn, 'system_admin');
  await account('commune', ids.commune, 'data_entry');
  await account('agency', ids.cb, 'approver', 'giam-ngheo');
});
afterAll(async () => db.close());

describe('demo units (ORG-1)', () => {
  it('ORG-1: seeds the demo provinces of both periods with their agencies, twice without duplicates', async () => {
    const rows = await db.sql<{ k: string; n: string }>(
      `select level || ':' || coalesce(valid_to::text, 'open') k, count(*) n from org_unit group by 1 order by 1`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]))).toEqual({
      'commune:2025-06-30': 161 + 108 + 104,
      'commune:open': 56 + 92 + 124,
      'country:open': 1,
      'department:2025-06-30': 9,
      'department:open': 9,
      'district:2025-06-30': 10 + 8 + 9,
      'province:2025-06-30': 3,
      'province:open': 3,
    });
    const [dept] = await db.sql<{ unit_type: string; domains: string[] }>(`select unit_type, domains from org_unit where code = '04.SNNMT'`);
    expect(dept).toEqual({ unit_type: 'agency', domains: ['giam-ngheo'] });
  });
});

describe('GET /api/v1/units (ORG-1)', () => {
  it('ORG-1: a system admin sees the country root, then the provinces of each date', async () => {
    const roots = await call('admin', '?date=2025-07-01');
    expect(roots.status).toBe(200);
    expect(roots.body).toMatchObject({ date: '2025-07-01', total: 1, items: [{ code: 'VN', level: 'country', parentId: null, childCount: 3 }] });
    // Vietnamese name order: Bắc Kạn, Cao Bằng, Trà Vinh.
    expect(codes((await call('admin', `?parent=${ids.vn}&date=2025-06-30`)).body)).toEqual(['06', '04', '84']);
    expect(codes((await call('admin', `?parent=${ids.vn}&date=2025-07-01`)).body)).toEqual(['04', '19', '86']);
  });

  it('ORG-1: searches without diacritics and filters by level, paging the result', async () => {
    const found = await call('admin', '?date=2025-07-01&q=cao bang&level=province');
    expect(found.body).toMatchObject({ total: 1, items: [{ code: '04', name: 'Tỉnh Cao Bằng', parentId: ids.vn }] });
    const agencies = await call('admin', `?date=2025-07-01&parent=${ids.cb}&level=department&pageSize=2&page=2`);
    expect(agencies.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(codes(agencies.body)).toHaveLength(1);
  });

  it('SEC-3: a commune officer sees only its own commune as root, and only the path below its province', async () => {
    expect((await call('commune', '?date=2025-07-01')).body).toMatchObject({ total: 1, items: [{ id: ids.commune }] });
    const underProvince = await call('commune', `?date=2025-07-01&parent=${ids.cb}`);
    expect((underProvince.body.items as { id: string }[]).map((i) => i.id)).toEqual([ids.commune]);
    const search = await call('commune', '?date=2025-07-01&level=commune');
    expect((search.body.items as { id: string }[]).map((i) => i.id)).toEqual([ids.commune]);
  });

  it('rejects a malformed date with 400 problem+json', async () => {
    const res = await call('admin', '?date=2025-02-30');
    expect(res).toMatchObject({ status: 400, body: { code: 'bad-request' } });
  });
});

describe('GET /api/v1/units/{id} (ORG-1, ORG-4)', () => {
  it('ORG-1: returns the unit with its breadcrumb on the date', async () => {
    const res = await call('commune', `/${ids.commune}?date=2025-07-01`);
    expect(res.status).toBe(200);
    expect((res.body.ancestors as { code: string }[]).map((a) => a.code)).toEqual(['VN', '04']);
    expect(res.body).toMatchObject({ id: ids.commune, level: 'commune', parentId: ids.cb, childCount: 0 });
  });

  it('SEC-3: a commune officer gets 403 out-of-scope on another commune, but may open its province (breadcrumb)', async () => {
    expect(await call('commune', `/${ids.otherCommune}?date=2025-07-01`)).toMatchObject({ status: 403, body: { code: 'out-of-scope' } });
    expect((await call('commune', `/${ids.cb}?date=2025-07-01`)).status).toBe(200);
    expect(await call('commune', `/${ids.oldBk}`)).toMatchObject({ status: 403, body: { code: 'out-of-scope' } });
  });

  it('ORG-4: an abolished province opens on its last day and names its successor', async () => {
    const res = await call('admin', `/${ids.oldBk}`);
    expect(res.body).toMatchObject({ code: '06', date: '2025-06-30', validTo: '2025-06-30' });
    expect((res.body.successors as { code: string; effectiveDate: string }[]).map((s) => [s.code, s.effectiveDate])).toEqual([['19', '2025-07-01']]);
    expect(await call('admin', `/${ids.oldBk}?date=2025-07-01`)).toMatchObject({ status: 404, body: { code: 'not-found' } });
  });

  it('ORG-3: a province agency grant reaches every commune of its province', async () => {
    expect((await call('agency', `/${ids.otherCommune}?date=2025-07-01`)).status).toBe(200);
    const agencies = await call('agency', `/${await unitId('04.SNNMT', 'department', '2025-07-01')}`);
    expect((agencies.body.predecessors as { code: string }[]).map((p) => p.code)).toEqual(['04.SLDTBXH']);
  });
});
