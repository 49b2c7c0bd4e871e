// SEC-2 / SEC-5 on the register Excel routes: an encrypted field imported from a workbook is
// ciphertext at rest (data, history diff; absent from search text and facts) and plain in the
// export; a restricted field is left out of the template and export of a role not named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { setClock } from '@/server/clock';
import { POST as postImport } from '@/app/api/v1/forms/[code]/records/import/route';
import { GET as getTemplate } from '@/app/api/v1/forms/[code]/records/import/template/route';
import { GET as getExport } from '@/app/api/v1/forms/[code]/records/export/route';
import { GET as getJob } from '@/app/api/v1/imports/[id]/route';
import { isEnvelope } from '@/server/security/fields/envelope';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

const CODE = 'protected-household';
const CCCD = '079912340001';
const INCOME = 48_484_848;
const PHONE = '0912-SENTINEL';
const FORM = {
  kind: 'form', code: CODE, version: 1, title: { vi: 'Sổ hộ có trường bảo vệ' }, formKind: 'register', workflow: 'test-three-level', enteredAt: ['commune'],
  schema: { type: 'object', required: ['fullName'], properties: {
    fullName: { type: 'string', title: 'Họ và tên' }, cccd: { type: 'string', title: 'Số CCCD' }, income: { type: 'integer', title: 'Thu nhập' },
    phone: { type: 'string', title: 'Điện thoại' }, members: { type: 'integer', title: 'Số nhân khẩu' } } },
  uiSchema: { 'ui:order': ['fullName', 'cccd', 'income', 'phone', 'members'] },
  aggregate: [{ field: 'members', fn: 'sum' }, { field: 'income', fn: 'sum' }],
  encrypted: ['cccd', 'income'],
  restricted: { phone: ['approver'] },
};

let w: World;
/** Data entry AND approver on C1: may fill the template and is named for `phone`. */
let both: TestAccount;
const params = { code: CODE };

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(['Họ và tên', 'Số CCCD', 'Thu nhập', 'Điện thoại', 'Số nhân khẩu']);
  ws.addRow(['fullName', 'cccd', 'income', 'phone', 'members']);
  ws.addRow(['Trần Thị Bảo Mật', CCCD, INCOME, PHONE, 3]);
  ws.addRow(['Lê Văn Thường', null, null, null, 2]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function download(token: string, handler: typeof getExport, query: string) {
  const res = await handler(new Request(`http://x/?${query}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'vi' } }), { params: Promise.resolve(params) });
  const body = Buffer.from(await res.arrayBuffer());
  if (!(res.headers.get('content-type') ?? '').includes('spreadsheetml')) return { status: res.status, rows: [] as unknown[][], problem: JSON.parse(body.toString('utf8')) };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet('Dữ liệu')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { status: res.status, rows, problem: null };
}

beforeAll(async () => {
  w = await createWorld();
  const text = JSON.stringify(FORM);
  await w.db.sql(`insert into definition (kind, code, version, domain, body, hash, status) values ('form', $1, 1, null, $2::jsonb, $3, 'published')`,
    [CODE, text, createHash('sha256').update(text).digest('hex')]);
  both = await makeAccount({ username: 'canbo.duyet.c1', unitId: w.tree.C1, roles: [{ role: 'data_entry', unitId: w.tree.C1 }, { role: 'approver', unitId: w.tree.C1 }] });
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  // The officer is not named for `phone` but may still enter it (write-only, as in the form).
  const form = new FormData();
  form.set('file', new File([new Uint8Array(await workbook())], 'ho.xlsx'));
  form.set('unit', 'C1');
  form.set('mode', 'all-or-nothing');
  const res = await postImport(new Request('http://x/', { method: 'POST', headers: { authorization: `Bearer ${w.officerC1.token}` }, body: form }), { params: Promise.resolve(params) });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  for (let i = 0; i < 400; i++) {
    const job = await send(getJob, { token: w.officerC1.token, params: { id } });
    if (job.body.status === 'done') return;
    expect(['queued', 'validating', 'writing']).toContain(job.body.status);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}, 120_000);
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('encrypted fields through an Excel import', () => {
  it('are ciphertext in a raw select, in the history diff, and absent from search text and facts', async () => {
    const [row] = await w.db.sql<{ id: string; data: Record<string, unknown>; search_text: string }>(
      `select id, data, search_text from submission where form_code = $1 and data->>'fullName' = 'Trần Thị Bảo Mật'`, [CODE]);
    expect(isEnvelope(row.data.cccd)).toBe(true);
    expect(isEnvelope(row.data.income)).toBe(true);
    expect(JSON.stringify(row.data)).not.toContain(CCCD);
    expect(row.data.phone).toBe(PHONE);
    expect(row.search_text).toContain('Trần Thị Bảo Mật');
    for (const secret of [CCCD, String(INCOME), PHONE]) expect(row.search_text).not.toContain(secret);
    const [event] = await w.db.sql<{ diff: unknown }>(`select diff from submission_event where submission_id = $1 and type = 'created'`, [row.id]);
    expect(JSON.stringify(event.diff)).toContain('members');
    expect(JSON.stringify(event.diff)).not.toContain(CCCD);
    expect(JSON.stringify(event.diff)).not.toContain(String(INCOME));
    const facts = await w.db.sql<{ field: string }>(`select distinct field from fact where form_code = $1`, [CODE]);
    expect(facts.map((f) => f.field)).toEqual(['members']);
  });

  it('are plaintext in the export for a reader in scope', async () => {
    const res = await download(w.officerC1.token, getExport, 'unit=C1&sort=fullName&order=desc');
    expect(res.status).toBe(200);
    expect(res.rows[2].slice(0, 3)).toEqual(['Trần Thị Bảo Mật', CCCD, INCOME]);
    expect(JSON.stringify(res.rows)).not.toContain('$enc:');
  });

  it('cannot be filtered by (ciphertext), 422; a sort on them is ignored', async () => {
    const res = await download(w.officerC1.token, getExport, `unit=C1&f.cccd=${CCCD}`);
    expect(res.status).toBe(422);
    expect(res.problem).toMatchObject({ code: 'validation-failed' });
    expect((await download(w.officerC1.token, getExport, 'unit=C1&sort=income')).status).toBe(200);
  });
});

describe('restricted fields in the template and the export', () => {
  it('a role not named: no column, no value, and the remaining columns re-lettered', async () => {
    const template = await download(w.officerC1.token, getTemplate, 'unit=C1');
    expect(template.status).toBe(200);
    expect(template.rows[1]).toEqual(['fullName', 'cccd', 'income', 'members']);
    const exported = await download(w.officerC1.token, getExport, 'unit=C1');
    expect(exported.status).toBe(200);
    expect(exported.rows[1]).toEqual(['fullName', 'cccd', 'income', 'members', '_state', '_updatedAt']);
    const text = JSON.stringify(exported.rows);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('Điện thoại');
  });

  it('a named role sees the column and its value', async () => {
    const template = await download(both.token, getTemplate, 'unit=C1');
    expect(template.rows[1]).toEqual(['fullName', 'cccd', 'income', 'phone', 'members']);
    const exported = await download(w.district.token, getExport, 'unit=C1&sort=fullName&order=desc');
    expect(exported.status).toBe(200);
    expect(exported.rows[0].slice(0, 5)).toEqual(['Họ và tên (*)', 'Số CCCD', 'Thu nhập', 'Điện thoại', 'Số nhân khẩu']);
    expect(exported.rows[2].slice(0, 5)).toEqual(['Trần Thị Bảo Mật', CCCD, INCOME, PHONE, 3]);
    expect((await download(w.district.token, getExport, `unit=C1&f.phone=${PHONE}`)).rows).toHaveLength(3);
  });

  it('a filter on it by a role not named is refused (403), so it cannot be probed', async () => {
    const res = await download(w.officerC1.token, getExport, `unit=C1&f.phone=${PHONE}`);
    expect(res.status).toBe(403);
    expect(res.problem).toMatchObject({ code: 'forbidden', field: 'phone' });
    expect((await download(w.officerC1.token, getExport, 'unit=C1&sort=phone')).status).toBe(200);
  });
});
