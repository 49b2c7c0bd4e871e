// Ethnic-affairs pack end to end through the API (issue #5): the commune's yearly report goes
// commune → district → sector department → ethnic-affairs agency before the reform, and
// commune → sector → agency after; every level returns with a reason. The agency approves
// because the unit tree gives it the domain (actorGrantUnitHasDomain), not a province grant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import type { TestAccount } from '../support/fixtures/accounts';
import { api, chain, createPackWorld, type PackWorld } from './packs-world';

const D = 'dan-toc';
const at = (iso: string) => setClock(() => new Date(iso));
const rows = [{ maDanToc: '02', soHo: 180, soNhanKhau: 760, soNu: 380 }, { maDanToc: '09', soHo: 100, soNhanKhau: 420, soNu: 200 }, { maDanToc: '01', soHo: 20, soNhanKhau: 70, soNu: 35 }];
const yearly = { khuVuc: 'kv3', danSo: { tongSoHo: 300, tongNhanKhau: 1250, theoDanToc: rows }, haTang: { soThon: 8, soThonCoDuongCungHoa: 6, soHoDienLuoi: 290, soHoNuocHopVeSinh: 240 },
  ngheo: { soHoNgheoDTTS: 90, soHoCanNgheoDTTS: 40 }, yTe: { coTramYTe: true, soNguoiDTTSCoBHYT: 1100 } };
let w: PackWorld;
let xaOld: TestAccount, huyen: TestAccount, nganhOld: TestAccount, banOld: TestAccount, tinhDomainOld: TestAccount;
let xa: TestAccount, nganh: TestAccount, so: TestAccount, soOtherProvince: TestAccount;

beforeAll(async () => {
  w = await createPackWorld();
  const on = '2024-12-20';
  const read = (p: string, d?: string) => ({ role: 'viewer' as const, unit: p, level: 'province', on: d, domain: D });
  xaOld = await w.account('xa.bangthanh.cu', [{ role: 'data_entry', unit: '01858', level: 'commune', on }], 'unit');
  huyen = await w.account('phong.dantoc.pacnam', [{ role: 'approver', unit: '060', level: 'district', on, domain: D }]);
  nganhOld = await w.account('so.ldtbxh.backan', [{ role: 'approver', unit: '06.SLDTBXH', level: 'department', on, domain: D }, read('06', on)]);
  banOld = await w.account('ban.dantoc.backan', [{ role: 'approver', unit: '06.BDT', level: 'department', on }, read('06', on)]);
  tinhDomainOld = await w.account('tinh.backan.dantoc', [{ role: 'approver', unit: '06', level: 'province', on, domain: D }]);
  xa = await w.account('xa.bangthanh', [{ role: 'data_entry', unit: '01864', level: 'commune' }], 'unit');
  nganh = await w.account('so.nnmt.thainguyen', [{ role: 'approver', unit: '19.SNNMT', level: 'department', domain: D }, read('19')]);
  so = await w.account('so.dttg.thainguyen', [{ role: 'approver', unit: '19.SDTTG', level: 'department' }, read('19')]);
  soOtherProvince = await w.account('so.dttg.caobang', [{ role: 'approver', unit: '04.SDTTG', level: 'department' }, read('04')]);
}, 120_000);
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('yearly commune report, four levels (2024, before the reform)', () => {
  it('fill, submit, return at every level, fix, approve at every level', async () => {
    at('2025-01-06T03:00:00Z');
    const dup = await api.saveReport(xaOld, 'bc-dtts-xa-nam', '01858', '2024', { data: { ...yearly, danSo: { ...yearly.danSo, theoDanToc: [...rows, rows[0]] } } });
    expect(dup.body.issues.map((i: { ruleId: string }) => i.ruleId)).toContain('dan-toc-khong-trung');
    const saved = await api.saveReport(xaOld, 'bc-dtts-xa-nam', '01858', '2024', { data: yearly, version: dup.body.version });
    expect(saved.body.blocking).toBe(false);
    expect(saved.body.data.danSo).toMatchObject({ soHoDTTS: 280, soKhauDTTS: 1180 });
    const id = saved.body.id;
    let v = saved.body.version;
    const fix = async (note: string) => {
      const r = await api.saveReport(xaOld, 'bc-dtts-xa-nam', '01858', '2024', { data: { ...yearly, ghiChu: note }, version: v });
      expect(r.status).toBe(200);
      v = r.body.version;
    };
    const step = async (steps: Parameters<typeof chain>[2]) => { const r = await chain(id, v, steps); v = r.body.version; return r.body; };

    expect((await step([[xaOld, { type: 'SUBMIT' }]])).state).toBe('atDistrict');
    expect((await step([[huyen, { type: 'RETURN', comment: 'Huyện: thiếu số liệu thôn Nà Vài.' }]])).state).toBe('returned');
    await fix('Đã bổ sung thôn Nà Vài.');
    expect((await step([[xaOld, { type: 'SUBMIT' }], [huyen, { type: 'APPROVE' }]])).state).toBe('atDepartment');
    const agencyTooEarly = await api.event(banOld, id, { type: 'APPROVE', expectedVersion: v });
    expect(agencyTooEarly.status).toBe(422);
    expect((await step([[nganhOld, { type: 'RETURN', comment: 'Sở, ngành: số hộ nghèo DTTS chưa khớp số liệu ngành.' }]])).state).toBe('returned');
    await fix('Đã đối chiếu số hộ nghèo với ngành.');
    expect((await step([[xaOld, { type: 'SUBMIT' }], [huyen, { type: 'APPROVE' }], [nganhOld, { type: 'APPROVE' }]])).state).toBe('atEthnicAgency');
    const provinceGrant = await api.event(tinhDomainOld, id, { type: 'APPROVE', expectedVersion: v });
    expect(provinceGrant.status).toBe(422); // a domain-limited province grant is not the agency
    expect((await step([[banOld, { type: 'RETURN', comment: 'Ban Dân tộc: đề nghị ghi chú nguồn số liệu.' }]])).state).toBe('returned');
    await fix('Nguồn: sổ hộ của xã, 31/12/2024.');
    const done = await step([[xaOld, { type: 'SUBMIT' }], [huyen, { type: 'APPROVE' }], [nganhOld, { type: 'APPROVE' }], [banOld, { type: 'APPROVE' }]]);
    expect(done).toMatchObject({ state: 'approved', status: 'approved' });

    const h = await api.history(xaOld, id);
    const returns = h.body.items.filter((e: { type: string }) => e.type === 'RETURN').map((e: { comment: string }) => e.comment.split(':')[0]);
    expect(returns).toEqual(['Huyện', 'Sở, ngành', 'Ban Dân tộc']);
  });
});

describe('monthly report after the reform: commune → sector → agency', () => {
  it('the district step is skipped; only the agency of the same province approves', async () => {
    at('2026-10-28T03:00:00Z');
    const saved = await api.saveReport(xa, 'bc-dtts-thang', '01864', '2026M10', { data: { soVuViecPhucTap: 0, soHoDiCuTuDo: 0, soLuotThamHoiNguoiUyTin: 4 } });
    expect(saved.status).toBe(200);
    let r = await chain(saved.body.id, saved.body.version, [[xa, { type: 'SUBMIT' }]]);
    expect(r.body.state).toBe('atDepartment');
    const agencyAsSector = await api.event(so, saved.body.id, { type: 'APPROVE', expectedVersion: r.body.version });
    expect(agencyAsSector.status).toBe(422); // the agency does not verify as a sector
    r = await chain(saved.body.id, r.body.version, [[nganh, { type: 'RETURN', comment: 'Ghi số lượt thăm hỏi theo danh sách.' }]]);
    const fixed = await api.saveReport(xa, 'bc-dtts-thang', '01864', '2026M10', { data: { soVuViecPhucTap: 0, soHoDiCuTuDo: 0, soLuotThamHoiNguoiUyTin: 5 }, version: r.body.version });
    r = await chain(saved.body.id, fixed.body.version, [[xa, { type: 'SUBMIT' }], [nganh, { type: 'APPROVE' }]]);
    expect(r.body.state).toBe('atEthnicAgency');
    const foreign = await api.event(soOtherProvince, saved.body.id, { type: 'APPROVE', expectedVersion: r.body.version });
    expect([403, 422]).toContain(foreign.status);
    r = await chain(saved.body.id, r.body.version, [[so, { type: 'RETURN', comment: 'Sở: bổ sung tình hình chung.' }], [xa, { type: 'SUBMIT' }], [nganh, { type: 'APPROVE' }], [so, { type: 'APPROVE' }]]);
    expect(r.body).toMatchObject({ state: 'approved', status: 'approved' });
  });
});
