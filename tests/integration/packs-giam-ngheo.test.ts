// Poverty pack end to end through the API (issue #5): household reviews dated before 1 July
// 2025 go commune → district → province even when approved after the reform, reviews dated
// after go commune → province; returns carry a reason; the class is computed on save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import type { TestAccount } from '../support/fixtures/accounts';
import { household } from '../unit/packs/households';
import { api, chain, createPackWorld, type PackWorld } from './packs-world';

const D = 'giam-ngheo';
const FORM = 'phieu-ra-soat-ho';
const at = (iso: string) => setClock(() => new Date(iso));
let w: PackWorld;
let xaOld: TestAccount, xaNew: TestAccount, huyen: TestAccount, soOld: TestAccount, tinhOld: TestAccount, so: TestAccount, tinh: TestAccount, otherProvince: TestAccount;

beforeAll(async () => {
  w = await createPackWorld();
  const before = '2025-06-20';
  xaOld = await w.account('xa.lybon.cu', [{ role: 'data_entry', unit: '01294', level: 'commune', on: before }], 'unit');
  huyen = await w.account('huyen.baolam', [{ role: 'approver', unit: '042', level: 'district', on: before, domain: D }]);
  soOld = await w.account('so.ldtbxh', [{ role: 'approver', unit: '04.SLDTBXH', level: 'department', on: before, domain: D }, { role: 'viewer', unit: '04', level: 'province', on: before, domain: D }]);
  tinhOld = await w.account('tinh.caobang.cu', [{ role: 'approver', unit: '04', level: 'province', on: before, domain: D }]);
  xaNew = await w.account('xa.lybon', [{ role: 'data_entry', unit: '01294', level: 'commune' }], 'unit');
  so = await w.account('so.nnmt', [{ role: 'approver', unit: '04.SNNMT', level: 'department', domain: D }, { role: 'viewer', unit: '04', level: 'province', domain: D }]);
  tinh = await w.account('tinh.caobang', [{ role: 'approver', unit: '04', level: 'province', domain: D }]);
  otherProvince = await w.account('tinh.thainguyen', [{ role: 'approver', unit: '19', level: 'province' }]);
}, 120_000);
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('poverty review across 1 July 2025', () => {
  it('data dated before: commune → district → province, returns at each level, finished after the reform', async () => {
    at('2025-06-20T03:00:00Z');
    const created = await api.createRecord(xaOld, FORM, { unitCode: '01294', data: household('2025-06-18', 'nong-thon', 1_200_000, 4) });
    expect(created.status).toBe(201);
    expect(created.body.data.ketQua).toMatchObject({ chuanApDung: 'cn-2022-2025', nguongNgheo: 1_500_000, soChiSoThieuHut: 4, phanLoai: 'ngheo' });
    const id = created.body.id;
    let r = await chain(id, created.body.version, [[xaOld, { type: 'SUBMIT' }]]);
    expect(r.body.state).toBe('atDistrict');
    expect((await api.event(tinh, id, { type: 'APPROVE', expectedVersion: r.body.version })).status).toBe(403);
    const bare = await api.event(huyen, id, { type: 'RETURN', expectedVersion: r.body.version });
    expect(bare.body.refusal).toBe('comment-required');
    r = await chain(id, r.body.version, [[huyen, { type: 'RETURN', comment: 'Thiếu thông tin thành viên thứ ba của hộ.' }]]);
    expect(r.body).toMatchObject({ state: 'returned', editable: true });
    const fixed = await api.updateRecord(xaOld, id, { version: r.body.version, data: { ...household('2025-06-18', 'nong-thon', 1_200_000, 4), chuHo: { hoTen: 'Lục Văn Quý' } } });
    expect(fixed.status).toBe(200);
    r = await chain(id, fixed.body.version, [[xaOld, { type: 'SUBMIT' }], [huyen, { type: 'APPROVE' }]]);
    expect(r.body.state).toBe('atProvince');
    r = await chain(id, r.body.version, [[soOld, { type: 'RETURN', comment: 'Đề nghị xác minh lại thu nhập.' }], [xaOld, { type: 'SUBMIT' }]]);
    expect(r.body.state).toBe('atDistrict');

    // After 1 July 2025 the districts are gone from today's tree, but not from the data's date:
    // the route stays commune → district → province. (The old province's approver finishes it;
    // successor units do not inherit approval of pre-reform data: reported.)
    at('2025-07-08T03:00:00Z');
    r = await chain(id, r.body.version, [[huyen, { type: 'APPROVE' }]]);
    expect(r.body.state).toBe('atProvince');
    const outside = await api.event(otherProvince, id, { type: 'APPROVE', expectedVersion: r.body.version });
    expect(outside.status).toBe(403);
    r = await chain(id, r.body.version, [[tinhOld, { type: 'APPROVE' }]]);
    expect(r.body).toMatchObject({ state: 'approved', status: 'approved' });

    const h = await api.history(xaOld, id);
    const steps = h.body.items.filter((e: { type: string }) => e.type !== 'edited').map((e: { type: string; toState: string }) => `${e.type}>${e.toState}`);
    expect(steps).toEqual(['created>draft', 'SUBMIT>atDistrict', 'RETURN>returned', 'SUBMIT>atDistrict', 'APPROVE>atProvince', 'RETURN>returned', 'SUBMIT>atDistrict', 'APPROVE>atProvince', 'APPROVE>approved']);
    expect(h.body.items.find((e: { type: string }) => e.type === 'RETURN').comment).toBe('Thiếu thông tin thành viên thứ ba của hộ.');
  });

  it('data dated after: commune → province, the district step is skipped', async () => {
    at('2025-10-10T03:00:00Z');
    const created = await api.createRecord(xaNew, FORM, { unitCode: '01294', data: household('2025-10-09', 'nong-thon', 1_400_000, 2) });
    expect(created.body.data.ketQua.phanLoai).toBe('can-ngheo');
    const id = created.body.id;
    let r = await chain(id, created.body.version, [[xaNew, { type: 'SUBMIT' }]]);
    expect(r.body.state).toBe('atProvince');
    expect((await api.event(huyen, id, { type: 'APPROVE', expectedVersion: r.body.version })).status).toBe(403);
    r = await chain(id, r.body.version, [[so, { type: 'RETURN', comment: 'Số chỉ số thiếu hụt chưa đúng biên bản.' }]]);
    const fixed = await api.updateRecord(xaNew, id, { version: r.body.version, data: household('2025-10-09', 'nong-thon', 1_400_000, 3), explanations: {} });
    expect(fixed.body.data.ketQua.phanLoai).toBe('ngheo');
    r = await chain(id, fixed.body.version, [[xaNew, { type: 'SUBMIT' }], [tinh, { type: 'RETURN', comment: 'Bổ sung nguyên nhân nghèo.' }], [xaNew, { type: 'SUBMIT' }], [tinh, { type: 'APPROVE' }]]);
    expect(r.body).toMatchObject({ state: 'approved', status: 'approved' });
  });

  it('the yearly commune report of 2025 (due 31 March) goes commune → province', async () => {
    at('2026-01-08T03:00:00Z');
    const data = { tongSoHo: 1000, tongNhanKhau: 4200, soHoNgheo: 120, soKhauNgheo: 500, soHoCanNgheo: 80, soKhauCanNgheo: 300,
      dienBien: { ngheo1DauKy: 140, ngheo2: 10, ngheo3: 25, ngheo4: 2, ngheo5: 5, ngheo6: 3, ngheo7: 8, ngheo8: 1,
        canNgheo1DauKy: 85, canNgheo2: 5, canNgheo3: 12, canNgheo4: 0, canNgheo5: 10, canNgheo6: 0, canNgheo7: 2, canNgheo8: 0 } };
    const saved = await api.saveReport(xaNew, 'bao-cao-giam-ngheo-nam', '01294', '2025', { data: { ...data, soHoNgheo: 121 } });
    expect(saved.body.blocking).toBe(true);
    const refused = await api.event(xaNew, saved.body.id, { type: 'SUBMIT', expectedVersion: saved.body.version });
    expect(refused.status).toBe(422);
    const ok = await api.saveReport(xaNew, 'bao-cao-giam-ngheo-nam', '01294', '2025', { data, version: saved.body.version });
    const r = await chain(ok.body.id, ok.body.version, [[xaNew, { type: 'SUBMIT' }], [so, { type: 'RETURN', comment: 'Ghi rõ người lập.' }], [xaNew, { type: 'SUBMIT' }], [so, { type: 'APPROVE' }]]);
    expect(r.body.state).toBe('approved');
  });
});
