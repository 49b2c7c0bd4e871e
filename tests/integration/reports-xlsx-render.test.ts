// The poverty summary .xlsx as an official sees it: downloaded through the report route,
// printed to PDF by LibreOffice Calc (headless, Vietnamese locale, a private profile per run)
// and page 1 rendered to PNG in tests/artifacts/reports (the kept screenshot). The printed text
// must hold the national header block, the title, the numbered column row on every page (print
// titles) and the totals of the JSON report in Vietnamese number format. Needs LibreOffice
// (`libreoffice-calc-nogui`, `fonts-liberation2`) and poppler-utils; .ci/run installs them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDb, type TestDb } from '../support/test-db';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { seedDemoUnits } from '@/server/seed/demo-units';
import { GET as reportRoute } from '@/app/api/v1/reports/[code]/route';
import { installReportDefinitions, insertSubmissions } from '../unit/engine/reports/fixtures/install';

const OUT = path.resolve('tests/artifacts/reports');
const CODE = 'rpt-poverty-summary';
let db: TestDb;
let admin: TestAccount;
let p04: string;
let work: string;

interface JsonReport {
  title: { vi: string };
  header: { numbering: string[] };
  columns: { key: string; format: string }[];
  rows: { kind: string; label: { vi: string }; values: Record<string, number | null> }[];
}

async function get(format: 'json' | 'xlsx'): Promise<Response> {
  const q = `period=2024&date=2024-12-31&unit=${p04}&level=commune&format=${format}`;
  const req = new Request(`http://x/api/v1/reports/${CODE}?${q}`, { headers: { authorization: `Bearer ${admin.token}`, 'accept-language': 'vi' } });
  return reportRoute(req, { params: Promise.resolve({ code: CODE }) });
}

/** What `#,##0` / `#,##0.00` shows on a Vietnamese-locale machine: 1.234,56. */
function shown(value: number | null, format: string): string {
  if (value === null) return '';
  const d = format === 'integer' || format === 'vnd' ? 0 : 2;
  return new Intl.NumberFormat('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const inRow = (cells: string[]) => new RegExp(cells.map(escape).join('\\s+'));

beforeAll(async () => {
  for (const tool of ['soffice', 'pdftoppm', 'pdftotext']) {
    try { execFileSync('sh', ['-c', `command -v ${tool}`]); } catch {
      throw new Error(`${tool} is missing: apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-liberation2 poppler-utils`);
    }
  }
  db = await createTestDb();
  await seedDemoUnits(db.orm);
  await installReportDefinitions(db);
  const [vn] = await db.sql<{ id: string }>(`select id from org_unit where level = 'country'`);
  [{ id: p04 }] = await db.sql<{ id: string }>(`select id from org_unit where code = '04' and level = 'province' and valid_to = '2025-06-30'`);
  admin = await makeAccount({ username: 'quantri.xlsx', unitId: vn.id, roles: [{ role: 'system_admin', unitId: vn.id }] });
  const communes = await db.sql<{ id: string }>(`select id from org_unit where level = 'commune' and valid_to = '2025-06-30' order by code`);
  await insertSubmissions(db, communes.map((c, i) => ({
    form: 'rpt-poverty', unitId: c.id, period: '2024', refDate: '2024-12-31', status: 'approved' as const,
    values: { households: 1300 + i * 7, poor: 20 + (i % 9), nearPoor: 10 + (i % 5), income: 1500 + i / 2 },
  })));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-render-'));
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await db?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the poverty summary .xlsx printed by LibreOffice Calc', () => {
  let json: JsonReport;
  let pdf: string;
  let pages: number;
  const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-']).toString();

  beforeAll(async () => {
    json = (await (await get('json')).json()) as JsonReport;
    const res = await get('xlsx');
    expect(res.status).toBe(200);
    const xlsx = path.join(work, 'poverty-summary.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(await res.arrayBuffer()));
    // A private profile: parallel runs never share (or lock) ~/.config/libreoffice. The
    // Vietnamese locale is what an official's machine applies to `#,##0` (1.234,56).
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, xlsx],
      { env: { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8', HOME: work }, stdio: 'pipe', timeout: 200_000 });
    pdf = path.join(work, 'poverty-summary.pdf');
    fs.copyFileSync(pdf, path.join(OUT, 'poverty-summary-xlsx.pdf'));
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  }, 240_000);

  it('RPT-1: prints on A4 landscape; page 1 (kept as a PNG) holds the national header block and the title', () => {
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const shot = path.join(OUT, 'poverty-summary-xlsx-1.png');
    fs.rmSync(shot, { force: true });
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, shot.replace(/\.png$/, '')]);
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    const first = page(1);
    expect(first).toContain('TỈNH CAO BẰNG');
    expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(first).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(first).toContain(json.title.vi.toUpperCase());
    expect(first).toMatch(/Trang 1\/\d/);
  });

  it('RPT-1: repeats the numbered column row on every printed page', () => {
    expect(pages).toBeGreaterThan(1);
    const numbering = inRow(json.header.numbering);
    for (let n = 1; n <= pages; n++) expect(page(n), `numbered column row on page ${n}`).toMatch(numbering);
  });

  it('RPT-1, RPT-3: prints the totals row equal to the JSON totals in Vietnamese number format, then the signatures', () => {
    const total = json.rows.at(-1)!;
    expect(total.kind).toBe('total');
    const figures = json.columns.map((c) => shown(total.values[c.key], c.format));
    expect(figures.every((s) => s !== '')).toBe(true);
    expect(figures[0]).toMatch(/^\d{1,3}(\.\d{3})+$/);
    const all = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(all).toMatch(inRow([total.label.vi, ...figures]));
    expect(all.indexOf('THỦ TRƯỞNG ĐƠN VỊ')).toBeGreaterThan(all.indexOf(total.label.vi));
  });
});
