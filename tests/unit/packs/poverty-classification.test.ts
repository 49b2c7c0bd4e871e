// Table tests of the household classification of form phieu-ra-soat-ho, run through the
// engine (loader + runFormRules). Expected classes are written by hand from DOMAIN.md §1.2 and
// §1.5, NOT computed by the code under test:
//   poor      = income ≤ threshold AND ≥ 3 deprivations
//   near-poor = income ≤ threshold AND < 3 deprivations
//   middle    = threshold < income ≤ middle ceiling (2022-2025 only: 2.25 M rural, 3.0 M urban)
//   other     = everything above; 2027-2030 has no middle band yet [U] → other.
// Standards by review date (catalog chuan-ngheo): 2022-2025 standard for reviews up to
// 31/12/2026 (1.5 M rural, 2.0 M urban); 2027-2030 standard from 01/01/2027 (2.2 M / 2.8 M).
import { describe, expect, it } from 'vitest';
import { household, type Area } from './households';
import { runPackForm } from './load-packs';

type Cls = 'ngheo' | 'can-ngheo' | 'trung-binh' | 'khac';

const R = '2025-10-15'; // 2022-2025 standard
const R26 = '2026-11-20'; // still the 2022-2025 standard (extended through 2026)
const N = '2027-10-15'; // 2027-2030 standard
const LATER = new Date('2030-12-31T03:00:00Z'); // 'now' after every review date of the table

// [review date, area, income per person per month, deprivations, expected class]
const TABLE: Array<[string, Area, number, number, Cls]> = [
  // 2022-2025, rural: threshold 1,500,000; middle ceiling 2,250,000
  [R, 'nong-thon', 1_500_000, 3, 'ngheo'],
  [R, 'nong-thon', 1_500_000, 2, 'can-ngheo'],
  [R, 'nong-thon', 1_499_999, 3, 'ngheo'],
  [R, 'nong-thon', 1_499_999, 2, 'can-ngheo'],
  [R, 'nong-thon', 1_500_001, 3, 'trung-binh'],
  [R, 'nong-thon', 1_500_001, 2, 'trung-binh'],
  [R, 'nong-thon', 0, 0, 'can-ngheo'],
  [R, 'nong-thon', 900_000, 11, 'ngheo'],
  [R, 'nong-thon', 2_250_000, 5, 'trung-binh'],
  [R, 'nong-thon', 2_250_001, 5, 'khac'],
  [R, 'nong-thon', 1_800_000, 0, 'trung-binh'],
  // 2022-2025, urban: threshold 2,000,000; middle ceiling 3,000,000
  [R, 'thanh-thi', 2_000_000, 3, 'ngheo'],
  [R, 'thanh-thi', 2_000_000, 2, 'can-ngheo'],
  [R, 'thanh-thi', 1_999_999, 3, 'ngheo'],
  [R, 'thanh-thi', 1_999_999, 2, 'can-ngheo'],
  [R, 'thanh-thi', 2_000_001, 3, 'trung-binh'],
  [R, 'thanh-thi', 2_000_001, 2, 'trung-binh'],
  [R, 'thanh-thi', 1_500_000, 4, 'ngheo'],
  [R, 'thanh-thi', 3_000_000, 3, 'trung-binh'],
  [R, 'thanh-thi', 3_000_001, 3, 'khac'],
  // the same standard in 2026 (NĐ 351/2025 keeps it through 31/12/2026)
  [R26, 'nong-thon', 1_500_000, 3, 'ngheo'],
  [R26, 'nong-thon', 1_600_000, 3, 'trung-binh'],
  [R26, 'thanh-thi', 2_000_000, 2, 'can-ngheo'],
  [R26, 'thanh-thi', 2_200_000, 3, 'trung-binh'],
  // 2027-2030, rural: threshold 2,200,000; no middle band known [U]
  [N, 'nong-thon', 2_200_000, 3, 'ngheo'],
  [N, 'nong-thon', 2_200_000, 2, 'can-ngheo'],
  [N, 'nong-thon', 2_199_999, 3, 'ngheo'],
  [N, 'nong-thon', 2_199_999, 2, 'can-ngheo'],
  [N, 'nong-thon', 2_200_001, 3, 'khac'],
  [N, 'nong-thon', 2_200_001, 2, 'khac'],
  [N, 'nong-thon', 1_500_000, 3, 'ngheo'],
  [N, 'nong-thon', 1_600_000, 1, 'can-ngheo'],
  // 2027-2030, urban: threshold 2,800,000
  [N, 'thanh-thi', 2_800_000, 3, 'ngheo'],
  [N, 'thanh-thi', 2_800_000, 2, 'can-ngheo'],
  [N, 'thanh-thi', 2_799_999, 3, 'ngheo'],
  [N, 'thanh-thi', 2_799_999, 2, 'can-ngheo'],
  [N, 'thanh-thi', 2_800_001, 3, 'khac'],
  [N, 'thanh-thi', 2_800_001, 2, 'khac'],
  [N, 'thanh-thi', 2_000_001, 3, 'ngheo'],
  [N, 'thanh-thi', 3_000_000, 0, 'khac'],
];

describe('poverty classification (DOMAIN.md §1.2, §1.5) — phieu-ra-soat-ho', () => {
  it('has at least 30 households around the thresholds', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)('%s %s income %d with %d deprivations → %s', async (date, area, income, deprived, expected) => {
    const r = await runPackForm('phieu-ra-soat-ho', household(date, area, income, deprived), LATER);
    const ketQua = r.data.ketQua as Record<string, unknown>;
    expect(ketQua.soChiSoThieuHut).toBe(deprived);
    expect(ketQua.phanLoai).toBe(expected);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('picks the standard by review date', async () => {
    const std = async (d: string) => ((await runPackForm('phieu-ra-soat-ho', household(d, 'nong-thon', 1_000_000, 0), LATER)).data.ketQua as Record<string, unknown>);
    expect((await std('2025-12-14')).chuanApDung).toBe('cn-2022-2025');
    expect((await std('2026-12-31')).chuanApDung).toBe('cn-2022-2025');
    expect((await std('2027-01-01')).chuanApDung).toBe('cn-2027-2030');
    expect((await std('2027-01-01')).nguongNgheo).toBe(2_200_000);
    expect((await std('2026-12-31')).nguongNgheo).toBe(1_500_000);
  });

  it('counts indicator 12 (information assets) only under 2022-2025 and waste treatment only under 2027-2030', async () => {
    // 2 common deprivations + the version-specific one
    const a = await runPackForm('phieu-ra-soat-ho', household(R, 'nong-thon', 1_400_000, 2, { phuongTienTiepCanThongTin: 1, xuLyRacThai: 1 }));
    expect((a.data.ketQua as Record<string, unknown>).soChiSoThieuHut).toBe(3);
    expect((a.data.ketQua as Record<string, unknown>).phanLoai).toBe('ngheo');
    const b = await runPackForm('phieu-ra-soat-ho', household(N, 'nong-thon', 1_400_000, 2, { phuongTienTiepCanThongTin: 1, xuLyRacThai: 0 }), LATER);
    expect((b.data.ketQua as Record<string, unknown>).soChiSoThieuHut).toBe(2);
    expect((b.data.ketQua as Record<string, unknown>).phanLoai).toBe('can-ngheo');
    expect(b.hidden).toContain('thieuHut.phuongTienTiepCanThongTin');
    const c = await runPackForm('phieu-ra-soat-ho', household(N, 'nong-thon', 1_400_000, 2, { xuLyRacThai: 1 }), LATER);
    expect((c.data.ketQua as Record<string, unknown>).phanLoai).toBe('ngheo');
  });

  it('refuses a review date outside every declared standard', async () => {
    const r = await runPackForm('phieu-ra-soat-ho', household('2031-01-05', 'nong-thon', 1_000_000, 3), new Date('2031-02-01T00:00:00Z'));
    expect(r.issues.map((i) => i.ruleId)).toContain('chuan-ngheo-ap-dung');
    expect((r.data.ketQua as Record<string, unknown>).phanLoai).toBeNull();
  });

  it('blocks an unassessed indicator', async () => {
    const h = household(R, 'nong-thon', 1_000_000, 3);
    delete (h.thieuHut as Record<string, unknown>).viecLam;
    const r = await runPackForm('phieu-ra-soat-ho', h);
    expect(r.issues.map((i) => i.ruleId)).toContain('chi-so-da-danh-gia');
    expect(r.blocking).toBe(true);
  });
});
