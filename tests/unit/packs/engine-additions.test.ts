// The packs after the engine gaps were closed: thresholds live only in the catalog (catalog_attr),
// one row per ethnic group (unique_of), birth names in capitals (upper) and transfer deadlines in
// working days with the holiday catalog (workdays_add).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPacks, runPackForm } from './load-packs';
import { household } from './households';

type Rec = Record<string, unknown>;
const LATER = new Date('2030-12-31T03:00:00Z');

describe('poverty thresholds come only from catalog chuan-ngheo', () => {
  it('the form rules name no threshold amount', () => {
    const form = JSON.parse(fs.readFileSync('form-definitions/giam-ngheo/phieu-ra-soat-ho.json', 'utf8')) as { rules: unknown };
    const rules = JSON.stringify(form.rules);
    for (const amount of [1500000, 2000000, 2200000, 2800000, 2250000, 3000000]) expect(rules).not.toContain(String(amount));
    expect(rules).toContain('catalog_attr');
  });
  it('the minimum number of deprivations is the catalog attribute too', async () => {
    const std = (await loadPacks()).catalogs.latest('chuan-ngheo')!;
    const min = Number(std.items[0].attrs?.soThieuHutToiThieu);
    const poor = await runPackForm('phieu-ra-soat-ho', household('2025-10-01', 'nong-thon', 1_000_000, min), LATER);
    const near = await runPackForm('phieu-ra-soat-ho', household('2025-10-01', 'nong-thon', 1_000_000, min - 1), LATER);
    expect((poor.data.ketQua as Rec).phanLoai).toBe('ngheo');
    expect((near.data.ketQua as Rec).phanLoai).toBe('can-ngheo');
  });
});

describe('bc-dtts-xa-nam: one row per ethnic group', () => {
  const rows = [{ maDanToc: '02', soHo: 10, soNhanKhau: 40, soNu: 20 }, { maDanToc: '08', soHo: 5, soNhanKhau: 20, soNu: 10 }];
  const data = (theoDanToc: Rec[]) => ({ khuVuc: 'kv3', danSo: { tongSoHo: 15, tongNhanKhau: 60, theoDanToc }, haTang: { soThon: 1 } });
  it('accepts distinct groups and refuses a repeated code', async () => {
    expect((await runPackForm('bc-dtts-xa-nam', data(rows))).issues.map((i) => i.ruleId)).not.toContain('dan-toc-khong-trung');
    const dup = [rows[0], { ...rows[1], maDanToc: '02' }];
    expect((await runPackForm('bc-dtts-xa-nam', data(dup))).issues.map((i) => i.ruleId)).toContain('dan-toc-khong-trung');
  });
});

describe('ho-so-can-bo: birth name in capitals, deadlines in working days', () => {
  const base = { thongTinCoBan: { hoTenKhaiSinh: 'NGUYỄN VĂN AN', ngaySinh: '1985-04-02', gioiTinh: 'nam' }, congTac: { ngach: '01.003' }, xacNhan: { camDoan: true } };
  it.each([
    ['NGUYỄN THỊ ÁNH ĐÀO', true],
    ['Nguyễn Thị Ánh Đào', false],
    ['NGUYỄN THỊ ÁNH đÀO', false],
  ])('%s in capitals: %s', async (name, ok) => {
    const r = await runPackForm('ho-so-can-bo', { ...base, thongTinCoBan: { ...base.thongTinCoBan, hoTenKhaiSinh: name } });
    expect(r.issues.some((i) => i.ruleId === 'ho-ten-in-hoa')).toBe(!ok);
  });
  it.each([
    ['2026-02-13', '2026-02-25', '2026-02-27'], // Friday before the Tết holiday (16–20 Feb 2026)
    ['2026-04-28', '2026-05-05', '2026-05-07'], // Tuesday; 30/4 and 1/5 are holidays
    ['2026-11-20', '2026-11-25', '2026-11-27'], // an ordinary Friday
  ])('transfer effective %s: revoke by %s, take over by %s', async (day, revoke, takeOver) => {
    const r = await runPackForm('ho-so-can-bo', { ...base, bienDong: { loai: 'chuyen-cong-tac', donViMoi: '04.SDTTG', ngayHieuLuc: day } });
    expect(r.data.bienDong).toMatchObject({ hanThuHoiQuyen: revoke, hanTiepNhan: takeOver });
  });
});
