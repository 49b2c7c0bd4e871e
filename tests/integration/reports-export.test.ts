// The poverty summary through the HTTP routes: the template list, scope checks, the JSON
// contract, the .xlsx read back with exceljs cell by cell against the JSON, and the PDF
// rendered to PNG pages (kept in tests/artifacts/reports) whose text holds header and totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createTestDb, type TestDb } from '../support/test-db';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { seedDemoUnits } from '@/server/seed/demo-units';
import { GET as listRoute } from '@/app/api/v1/reports/route';
import { GET as reportRoute } from '@/app/api/v1/reports/[code]/route';
import { installReportDefinitions, insertSubmissions } from '../unit/engine/reports/fixtures/install';

const OUT = path.resolve('tests/artifacts/reports');
let db: TestDb;
let admin: TestAccount;
let other: TestAccount;
let p04: string;

async function call(token: string, url: string, code?: string) {
  const req = new Request(`http://x${url}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'vi' } });
  return code ? reportRoute(req, { params: Promise.resolve({ code }) }) : listRoute(req, { params: Promise.resolve({}) });
}

beforeAll(async () => {
  db = await createTestDb();
  await seedDemoUnits(db.orm);
  await installReportDefinitions(db);
  const [vn] = await db.sql<{ id: string }>(`select id from org_unit where level = 'country'`);
  [{ id: p04 }] = await db.sql<{ id: string }>(`select id from org_unit where code = '04' and level = 'province' and valid_to = '2025-06-30'`);
  const [p06] = await db.sql<{ id: string }>(`select id from org_unit where code = '06' and level = 'province' and valid_to = '2025-06-30'`);
  admin = await makeAccount({ username: 'quantri', unitId: vn.id, roles: [{ role: 'system_admin', unitId: vn.id }] });
  other = await makeAccount({ username: 'xem.p06', unitId: p06.id, roles: [{ role: 'viewer', unitId: p06.id, domain: 'giam-ngheo' }] });
  const communes = await db.sql<{ id: string }>(`select id from org_unit where level = 'commune' and valid_to = '2025-06-30' order by code`);
  await insertSubmissions(db, communes.map((c, i) => ({
    form: 'rpt-poverty', unitId: c.id, period: '2024', refDate: '2024-12-31', status: 'approved' as const,
    values: { households: 300 + i, poor: 20 + (i % 9), nearPoor: 10 + (i % 5), income: 1500 + i / 2 },
  })));
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(async () => { await db?.close(); });

const url = (q: string) => `/api/v1/reports/rpt-poverty-summary?period=2024&date=2024-12-31&${q}`;

describe('reports API', () => {
  it('lists the templates the caller can read', async () => {
    const res = await call(admin.token, '/api/v1/reports');
    const body = await res.json();
    expect(body.items.map((i: { code: string }) => i.code)).toContain('rpt-poverty-summary');
  });

  it('refuses a unit outside the caller scope and defaults to the caller top unit', async () => {
    expect((await call(other.token, url(`unit=${p04}`), 'rpt-poverty-summary')).status).toBe(403);
    const own = await (await call(other.token, url('level=district'), 'rpt-poverty-summary')).json();
    expect(own.unit.code).toBe('06');
  });

  it('answers hostile parameters with 4xx or an empty report, never a 500', async () => {
    for (const [name, value] of [['level', "x' or '1'='1"], ['period', "2024'; drop table fact; --"], ['state', 'all'], ['unit', 'not-a-uuid'], ['date', '2024-13-45'], ['format', 'exe']]) {
      const q = new URLSearchParams({ period: '2024', date: '2024-12-31' });
      q.set(name, value);
      const res = await call(admin.token, `/api/v1/reports/rpt-poverty-summary?${q}`, 'rpt-poverty-summary');
      expect(res.status, `${name}=${value}`).toBeLessThan(500);
      if (name === 'level') expect((await res.json()).rows.filter((r: { kind: string }) => r.kind === 'row')).toEqual([]);
    }
    expect((await db.sql(`select count(*)::int n from fact`))[0].n).toBeGreaterThan(0);
  });

  it('writes an xlsx whose cells match the JSON report', async () => {
    const json = await (await call(admin.token, url(`unit=${p04}&level=commune`), 'rpt-poverty-summary')).json();
    const res = await call(admin.token, url(`unit=${p04}&level=commune&format=xlsx`), 'rpt-poverty-summary');
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''T%E1%BB%95ng/);
    const buf = Buffer.from(await res.arrayBuffer());
    fs.writeFileSync(path.join(OUT, 'poverty-summary.xlsx'), buf);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell(1, 6).value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const first = 7 + json.header.rows + 1;
    expect(ws.getCell(first - 1, 5).value).toBe('(3) = (2)/(1)×100');
    json.rows.forEach((row: { label: { vi: string }; values: Record<string, number | null> }, i: number) => {
      expect(ws.getCell(first + i, 2).value).toBe(row.label.vi);
      json.columns.forEach((c: { key: string }, k: number) => expect(ws.getCell(first + i, 3 + k).value ?? null).toBe(row.values[c.key]));
    });
    expect(ws.getCell(7, 4).isMerged).toBe(true);
  });

  it('renders a PDF whose pages show the national header and the totals', async () => {
    const json = await (await call(admin.token, url(`unit=${p04}&level=commune`), 'rpt-poverty-summary')).json();
    const res = await call(admin.token, url(`unit=${p04}&level=commune&format=pdf`), 'rpt-poverty-summary');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(OUT, 'poverty-summary.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(OUT, 'poverty-summary')]);
    expect(fs.readdirSync(OUT).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toMatch(/Trang 1\/\d/);
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    const total = json.rows.at(-1).values.households as number;
    expect(text).toContain(total.toLocaleString('de-DE'));
  });
});
