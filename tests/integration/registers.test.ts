// Issue #4 part B: register Excel import and export. Both modes, per-row findings naming row,
// column and rule, choices by label, dd/MM/yyyy dates, the template, export filters, an
// export → import round trip, and scope (another commune's officer gets 403 everywhere).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { setClock } from '@/server/clock';
import { POST as postImport } from '@/app/api/v1/forms/[code]/records/import/route';
import { GET as getTemplate } from '@/app/api/v1/forms/[code]/records/import/template/route';
import { GET as getExport } from '@/app/api/v1/forms/[code]/records/export/route';
import { GET as getJob } from '@/app/api/v1/imports/[id]/route';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor } from '@/server/auth/load-actor';
import { listRegister } from '@/server/services/registers/list-register';
import { registerForms } from '@/server/services/registers/register-forms';
import { readRegisterSheet } from '@/server/services/registers/read-workbook';
import { registerColumns } from '@/server/services/registers/register-columns';
import { publishedDefinitions } from '@/server/services/definitions/published-definitions';
import { createWorld, send, type World } from '../support/fixtures/forms/world';
import { householdWorkbook, installRegisterForm, REGISTER_CODE } from '../support/e2e-registers-fixtures';

let w: World;
const params = { code: REGISTER_CODE };

async function upload(token: string, file: Buffer, unit: string, mode: string) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(file)], 'ho-gia-dinh.xlsx'));
  form.set('unit', unit);
  form.set('mode', mode);
  const req = new Request('http://x/api/v1/forms/x/records/import', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'accept-language': 'vi' }, body: form });
  const res = await postImport(req, { params: Promise.resolve(params) });
  return { status: res.status, body: await res.json() };
}

async function finished(token: string, id: string) {
  for (let i = 0; i < 400; i++) {
    const res = await send(getJob, { token, params: { id } });
    if (res.status !== 200 || ['done', 'rejected', 'failed'].includes(res.body.status)) return res;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

async function download(token: string, handler: typeof getExport, query: string) {
  const res = await handler(new Request(`http://x/?${query}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve(params) });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

const count = async (unit: string) => Number((await w.db.sql<{ n: string }>(`select count(*) n from submission where form_code = $1 and unit_id = $2`, [REGISTER_CODE, unit]))[0].n);

/** Breaks three rows: members over the rule's limit, an impossible date, an unknown choice; and one with no name. */
const broken = (i: number, r: unknown[]) => (i === 2 ? [r[0], r[1], r[2], 40, r[4], r[5]] : i === 7 ? [r[0], '31/02/1990', ...r.slice(2)] : i === 11 ? [r[0], r[1], 'Khác', ...r.slice(3)] : i === 15 ? [null, ...r.slice(1)] : r);

beforeAll(async () => {
  w = await createWorld();
  await installRegisterForm(w.db.sql);
  setClock(() => new Date('2026-02-15T03:00:00Z'));
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('register import', () => {
  it('offers a template with Vietnamese titles, hidden field codes and choice lists', async () => {
    const res = await download(w.officerC1.token, getTemplate, 'unit=C1');
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Dữ liệu')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Họ và tên chủ hộ (*)', 'Ngày sinh', 'Giới tính', 'Số nhân khẩu (*)', 'Thu nhập (triệu đồng/tháng)', 'Ghi chú']);
    expect(ws.getRow(2).values).toEqual([undefined, 'fullName', 'birthDate', 'gender', 'members', 'income', 'note']);
    expect(ws.getRow(2).hidden).toBe(true);
    expect(ws.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$1:$A$2"] });
  });

  it('all-or-nothing: any bad row writes nothing, and every finding names row, column and rule', async () => {
    const started = await upload(w.officerC1.token, await householdWorkbook(20, broken), 'C1', 'all-or-nothing');
    expect(started.status).toBe(202);
    const job = await finished(w.officerC1.token, started.body.id);
    expect(job.body).toMatchObject({ status: 'rejected', total: 20, processed: 20, valid: 16, invalid: 4, written: 0 });
    const found = job.body.errors.map((e: { row: number; column: string; columnTitle: string; rule: string }) => [e.row, e.column, e.columnTitle, e.rule]);
    expect(found).toEqual([
      [5, 'D', 'Số nhân khẩu', 'members-at-most-30'],
      [10, 'B', 'Ngày sinh', 'schema.date'],
      [14, 'C', 'Giới tính', 'schema.enum'],
      [18, 'A', 'Họ và tên chủ hộ', 'schema.required'],
    ]);
    expect(job.body.errors[0].message.vi).toBe('Số nhân khẩu của một hộ không được quá 30.');
    expect(await count(w.tree.C1)).toBe(0);
  });

  it('valid-rows-only: writes the good rows with history and facts; choices by label, dates dd/MM/yyyy', async () => {
    const started = await upload(w.officerC1.token, await householdWorkbook(20, broken), 'C1', 'valid-rows-only');
    const job = await finished(w.officerC1.token, started.body.id);
    expect(job.body).toMatchObject({ status: 'done', total: 20, valid: 16, invalid: 4, written: 16 });
    expect(job.body.errors).toHaveLength(4);
    expect(await count(w.tree.C1)).toBe(16);
    const [first] = await w.db.sql<{ data: Record<string, unknown>; state: string; search_text: string }>(
      `select data, state, search_text from submission where form_code = $1 and data->>'fullName' = 'Nguyễn Văn Hộ 1'`, [REGISTER_CODE]);
    expect(first.data).toEqual({ fullName: 'Nguyễn Văn Hộ 1', birthDate: '1951-02-02', gender: 'F', members: 2, income: 0.5 });
    expect(first.state).toBe('draft');
    expect(first.search_text).toContain('Nguyễn Văn Hộ 1');
    const [h] = await w.db.sql<{ events: string; facts: string; sum: string }>(
      `select (select count(*) from submission_event e join submission s on s.id = e.submission_id where s.form_code = $1 and e.type = 'created') events,
              (select count(*) from fact where form_code = $1) facts, (select sum(value) from fact where form_code = $1) sum`, [REGISTER_CODE]);
    expect(Number(h.events)).toBe(16);
    expect(Number(h.facts)).toBe(16);
    const expected = [0, 1, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14, 16, 17, 18, 19].reduce((s, i) => s + (i % 8) + 1, 0);
    expect(Number(h.sum)).toBe(expected);
  });

  it('keeps Vietnamese letters whole across the stream reader chunks (exceljs splits them on its own)', async () => {
    const text = (i: number) => `Hộ ông Đặng Văn Ữ số ${i}, đường Nguyễn Trãi, thôn Đồng Tâm, xã Hòa Bình — ghi chú: hộ nghèo ưu tiên`;
    const file = await householdWorkbook(6000, (i, r) => [r[0], r[1], r[2], r[3], r[4], text(i)]);
    const columns = registerColumns((await publishedDefinitions(w.db.orm.em.fork() as EntityManager)).forms.find((f) => f.code === REGISTER_CODE)!);
    let n = 0, broken = 0;
    for await (const row of readRegisterSheet(file, columns)) {
      if (row.cells[5] !== text(n) || row.cells[2] !== (n % 2 ? 'Nữ' : 'M')) broken++;
      n++;
    }
    expect([n, broken]).toEqual([6000, 0]);
  });

  it('refuses a file that is not a workbook', async () => {
    const res = await upload(w.officerC1.token, Buffer.from('not a workbook'), 'C1', 'all-or-nothing');
    expect(res.status).toBe(400);
  });
});

describe('register export', () => {
  it('exports the filtered list with Vietnamese headers, labels and dd/MM/yyyy dates', async () => {
    const res = await download(w.officerC1.token, getExport, 'unit=C1&q=nguyen%20van%20ho%201&f.gender=F&sort=income&order=asc');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Dữ liệu')!;
    expect(ws.getRow(1).getCell(1).value).toBe('Họ và tên chủ hộ (*)');
    expect(ws.getRow(1).getCell(7).value).toBe('Trạng thái');
    const names = [];
    for (let r = 3; r <= ws.rowCount; r++) names.push(ws.getRow(r).getCell(1).value);
    // "ho 1" matches 1, 13, 17, 19 (11 and 15 were bad); of those, gender F are the odd ones; by income ascending.
    expect(names).toEqual(['Nguyễn Văn Hộ 1', 'Nguyễn Văn Hộ 13', 'Nguyễn Văn Hộ 17', 'Nguyễn Văn Hộ 19']);
    const row = ws.getRow(3);
    expect(row.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(3).value).toBe('Nữ');
    expect(row.getCell(7).value).toBe('Đang nhập');
  });

  it('round trip: importing the export gives the same records', async () => {
    const before = await w.db.sql<{ data: unknown }>(`select data from submission where form_code = $1 and unit_id = $2`, [REGISTER_CODE, w.tree.C1]);
    const file = await download(w.officerC1.token, getExport, 'unit=C1');
    const started = await upload(w.officerC1.token, file.body, 'C1', 'all-or-nothing');
    const job = await finished(w.officerC1.token, started.body.id);
    expect(job.body).toMatchObject({ status: 'done', total: 16, written: 16, invalid: 0 });
    const after = await w.db.sql<{ data: unknown }>(`select data from submission where form_code = $1 and unit_id = $2`, [REGISTER_CODE, w.tree.C1]);
    const key = (rows: { data: unknown }[]) => rows.map((r) => JSON.stringify(r.data, Object.keys(r.data as object).sort())).sort();
    expect(after).toHaveLength(32);
    const twice = key(before).flatMap((k) => [k, k]).sort();
    expect(key(after)).toEqual(twice);
  });
});

describe('register list', () => {
  it('lists the reachable registers with the units of the scope, and pages, filters and sorts one', async () => {
    const em = w.db.orm.em.fork() as EntityManager;
    const actor = (await loadActor(em, w.officerC1.id, '2026-02-15'))!.actor;
    const forms = await registerForms(em, actor, '2026-02-15');
    expect(forms.find((f) => f.code === REGISTER_CODE)?.units.map((u) => u.code)).toEqual(['C1']);
    const district = (await loadActor(em, w.district.id, '2026-02-15'))!.actor;
    expect((await registerForms(em, district, '2026-02-15')).find((f) => f.code === REGISTER_CODE)?.units.map((u) => u.code)).toEqual(['C1', 'C2']);
    const page = await listRegister(em, actor, REGISTER_CODE, { unitCode: 'C1', q: 'HO 1', fields: { gender: 'F' }, sort: 'members', order: 'desc', page: 1, pageSize: 2 }, '2026-02-15');
    expect(page.total).toBeGreaterThan(2);
    expect(page.items).toHaveLength(2);
    expect(page.items[0].data.members).toBeGreaterThanOrEqual(page.items[1].data.members as number);
    expect(page.columns.map((c) => c.code)).toEqual(['fullName', 'birthDate', 'gender', 'members', 'income', 'note']);
    await expect(listRegister(em, (await loadActor(em, w.officerC2.id, '2026-02-15'))!.actor, REGISTER_CODE, { unitCode: 'C1', fields: {}, page: 1, pageSize: 20 }, '2026-02-15'))
      .rejects.toMatchObject({ code: 'out-of-scope' });
  });
});

describe('register scope', () => {
  it("another commune's officer cannot import into, export, template or watch your unit: 403", async () => {
    const file = await householdWorkbook(3);
    expect((await upload(w.officerC2.token, file, 'C1', 'all-or-nothing')).status).toBe(403);
    expect((await download(w.officerC2.token, getExport, 'unit=C1')).status).toBe(403);
    expect((await download(w.officerC2.token, getTemplate, 'unit=C1')).status).toBe(403);
    const mine = await upload(w.officerC1.token, file, 'C1', 'all-or-nothing');
    await finished(w.officerC1.token, mine.body.id);
    expect((await send(getJob, { token: w.officerC2.token, params: { id: mine.body.id } })).status).toBe(403);
    expect((await send(getJob, { token: w.district.token, params: { id: mine.body.id } })).status).toBe(200);
    expect((await upload(w.district.token, file, 'C1', 'all-or-nothing')).status).toBe(403);
  });
});
