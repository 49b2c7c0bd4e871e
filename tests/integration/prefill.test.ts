// FRM-3 ("nobody is asked to declare again what the database holds") on a real database: the
// prefill route brings the previous period's values, the unit, the account and another form's
// data into a new report, within the caller's scope only (SEC-3), without restricted fields the
// caller may not read (SEC-2) or encrypted fields, and without replacing what a draft already has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { setClock } from '@/server/clock';
import * as prefill from '@/app/api/v1/forms/[code]/prefill/route';
import * as reports from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import * as records from '@/app/api/v1/forms/[code]/records/route';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

const FORM = {
  kind: 'form', code: 'prefill-report', version: 1, title: { vi: 'Báo cáo có điền sẵn', en: 'Report with prefill' }, formKind: 'report',
  period: 'test-yearly', workflow: 'test-three-level', enteredAt: ['commune'],
  schema: {
    type: 'object', properties: {
      households: { type: 'integer', title: 'Số hộ' },
      dauKy: { type: 'object', title: 'Đầu kỳ', properties: { households: { type: 'integer', title: 'Số hộ đầu kỳ' } } },
      contactPhone: { type: 'string', title: 'Điện thoại' }, idNumber: { type: 'string', title: 'Số định danh' },
      note: { type: 'string', title: 'Ghi chú' }, communeName: { type: 'string' }, districtName: { type: 'string' },
      preparedBy: { type: 'string' }, registerMembers: { type: 'integer' },
    },
  },
  prefill: [
    { field: 'dauKy.households', from: { source: 'previous-period', field: 'households' } },
    { field: 'contactPhone', from: { source: 'previous-period' } },
    { field: 'idNumber', from: { source: 'previous-period' } },
    { field: 'note', from: { source: 'previous-period' } },
    { field: 'communeName', from: { source: 'unit', path: 'name' } },
    { field: 'districtName', from: { source: 'unit', path: 'parent.name' } },
    { field: 'preparedBy', from: { source: 'actor', path: 'name' } },
    { field: 'registerMembers', from: { source: 'same-unit-form', form: 'test-register', field: 'members' } },
  ],
  // The officer keeps the phone; the district approver (in scope, not named) may not read it.
  restricted: { contactPhone: ['data_entry'] },
  encrypted: ['idNumber'],
};

let w: World;
const get = (token: string, query: string, code = 'prefill-report') =>
  send(prefill.GET, { token, params: { code }, path: `/api/v1/forms/${code}/prefill?${query}` });
const put = (token: string, unitCode: string, periodKey: string, data: Record<string, unknown>, version?: number) =>
  send(reports.PUT, { token, method: 'PUT', params: { code: 'prefill-report', unitCode, periodKey }, body: { data, ...(version ? { version } : {}) } });

beforeAll(async () => {
  w = await createWorld();
  const text = JSON.stringify(FORM);
  await w.db.sql(`insert into definition (kind, code, version, domain, body, hash, status) values ('form', $1, 1, null, $2::jsonb, $3, 'published')`,
    [FORM.code, text, createHash('sha256').update(text).digest('hex')]);
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  expect((await put(w.officerC1.token, 'C1', '2025', { households: 120, contactPhone: '0987-C1', idNumber: '079-SECRET', note: 'Ghi chú 2025' })).status).toBe(200);
  expect((await put(w.officerC2.token, 'C2', '2025', { households: 999, contactPhone: '0912-C2' })).status).toBe(200);
  const rec = await send(records.POST, { token: w.officerC1.token, params: { code: 'test-register' }, body: { unitCode: 'C1', data: { fullName: 'Lò Văn Bình', members: 4 } } });
  expect(rec.status).toBe(201);
}, 120_000);
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('GET /api/v1/forms/{code}/prefill (FRM-3)', () => {
  it("brings the previous period's values, the unit, the account and the register into a new report", async () => {
    const res = await get(w.officerC1.token, 'unit=C1&period=2026');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      dauKy: { households: 120 }, contactPhone: '0987-C1', note: 'Ghi chú 2025', communeName: 'Xã Đồng Tâm', districtName: 'Huyện Một',
      preparedBy: 'Nguyễn Văn canbo.c1', registerMembers: 4,
    });
    expect(res.body.filled).toContainEqual({ field: 'dauKy.households', source: 'previous-period', from: 'households', periodKey: '2025' });
    expect(res.body.filled).toContainEqual({ field: 'registerMembers', source: 'same-unit-form', from: 'members', form: 'test-register' });
  });

  it('never uses an encrypted field as a source', async () => {
    const res = await get(w.officerC1.token, 'unit=C1&period=2026');
    expect(JSON.stringify(res.body)).not.toContain('079-SECRET');
    expect(res.body.filled.map((f: { field: string }) => f.field)).not.toContain('idNumber');
  });

  it('another commune reaches nothing of commune C1 (403), and its own prefill holds only its own data', async () => {
    for (const token of [w.officerC2.token, w.otherProvince.token]) {
      const res = await get(token, 'unit=C1&period=2026');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('out-of-scope');
      expect(JSON.stringify(res.body)).not.toMatch(/0987-C1|Ghi chú 2025/);
    }
    const own = await get(w.officerC2.token, 'unit=C2&period=2026');
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ dauKy: { households: 999 }, contactPhone: '0912-C2', communeName: 'Xã Hòa Bình' });
    expect(own.body.data.registerMembers).toBeUndefined();
    expect(JSON.stringify(own.body)).not.toMatch(/0987-C1|Ghi chú 2025/);
  });

  it('a restricted field is not prefilled for a role that may not read it', async () => {
    const res = await get(w.district.token, 'unit=C1&period=2026');
    expect(res.status).toBe(200);
    expect(res.body.data.dauKy).toEqual({ households: 120 });
    expect(JSON.stringify(res.body)).not.toContain('0987-C1');
    expect(res.body.filled.map((f: { field: string }) => f.field)).not.toContain('contactPhone');
  });

  it('refuses a missing or malformed period and an unknown unit or form', async () => {
    expect((await get(w.officerC1.token, 'unit=C1')).status).toBe(400);
    expect((await get(w.officerC1.token, 'unit=C1&period=2026Q1')).status).toBe(400);
    expect((await get(w.officerC1.token, 'period=2026')).status).toBe(400);
    expect((await get(w.officerC1.token, 'unit=C9&period=2026')).status).toBe(404);
    expect((await get(w.officerC1.token, 'unit=C1&period=2026', 'no-such-form')).status).toBe(404);
  });

  it('a register without prefill starts empty', async () => {
    const res = await get(w.officerC1.token, 'unit=C1', 'test-register');
    expect(res).toEqual({ status: 200, body: { data: {}, filled: [] } });
  });

  it("a value already in the period's draft is not overwritten", async () => {
    expect((await put(w.officerC1.token, 'C1', '2026', { note: 'Ghi chú 2026', dauKy: { households: 0 } })).status).toBe(200);
    const res = await get(w.officerC1.token, 'unit=C1&period=2026');
    expect(res.body.data).toMatchObject({ note: 'Ghi chú 2026', dauKy: { households: 0 }, communeName: 'Xã Đồng Tâm' });
    const fields = res.body.filled.map((f: { field: string }) => f.field);
    expect(fields).not.toContain('note');
    expect(fields).not.toContain('dauKy.households');
    expect(fields).toContain('communeName');
  });
});
