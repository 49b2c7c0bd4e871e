// The pack definitions load (the same check as `npm run cli -- definitions validate form-definitions
// workflows`), the poverty standard in catalog chuan-ngheo matches the thresholds the form computes,
// the poverty dynamics add up (9 = 1−2−3−4+5+6+7+8), and the other packs' rules behave.
import { describe, expect, it } from 'vitest';
import { loadDefinitions } from '@/engine/definitions/loader';
import { readDefinitionFolders } from '@/server/definitions/read-folder';
import { loadPacks, runPackForm } from './load-packs';
import { household } from './households';

const LATER = new Date('2030-12-31T03:00:00Z');
type Rec = Record<string, unknown>;

describe('pack definitions load', () => {
  it('form-definitions/ and workflows/ pass the loader with no issue', async () => {
    const result = loadDefinitions(await readDefinitionFolders(['form-definitions', 'workflows']));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const codes = (r: { all(): { code: string }[] }) => r.all().map((d) => d.code).sort();
    expect(codes(result.set.forms)).toEqual(['bao-cao-giam-ngheo-nam', 'bc-dtts-giai-doan', 'bc-dtts-quy', 'bc-dtts-thang', 'bc-dtts-xa-nam', 'ho-so-can-bo', 'phieu-ra-soat-ho']);
    expect(codes(result.set.workflows)).toEqual(['duyet-dan-toc-4-cap', 'duyet-giam-ngheo', 'duyet-ho-so-can-bo']);
  });

  it('every pack definition names its domain', async () => {
    const set = await loadPacks();
    const all = [...set.forms.all(), ...set.workflows.all(), ...set.periods.all(), ...set.reports.all()];
    for (const d of all) expect(['giam-ngheo', 'dan-toc', 'noi-vu'], d.code).toContain(d.domain);
  });

  it('the 54 ethnic groups carry the QĐ 121-TCTK/PPCĐ codes 01–54', async () => {
    const dt = (await loadPacks()).catalogs.latest('dan-toc')!;
    const qd121 = dt.items.filter((i) => i.attrs?.heThongMa === 'qd121_1979');
    expect(qd121.map((i) => i.code)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(Object.fromEntries(qd121.slice(0, 9).map((i) => [i.code, i.name.vi]))).toEqual({
      '01': 'Kinh', '02': 'Tày', '03': 'Thái', '04': 'Hoa', '05': 'Khơ-me', '06': 'Mường', '07': 'Nùng', '08': 'Mông', '09': 'Dao' });
    expect(qd121.at(-1)?.name.vi).toBe('Rơ-măm');
  });
});

describe('versioned poverty standard (catalog chuan-ngheo ↔ form phieu-ra-soat-ho)', () => {
  it('the thresholds the form computes are those of the catalog version valid on the review date', async () => {
    const std = (await loadPacks()).catalogs.latest('chuan-ngheo')!;
    for (const item of std.items) {
      for (const [area, suffix] of [['nong-thon', 'NongThon'], ['thanh-thi', 'ThanhThi']] as const) {
        for (const day of [item.validFrom!, item.validTo!]) {
          const r = await runPackForm('phieu-ra-soat-ho', household(day, area, 1_000_000, 0), LATER);
          const k = r.data.ketQua as Rec;
          expect(k.chuanApDung, `${item.code} ${day}`).toBe(item.code);
          expect(k.nguongNgheo, `${item.code} ${area}`).toBe(item.attrs?.[`nguongNgheo${suffix}`]);
          expect(k.nguongTrungBinh, `${item.code} ${area}`).toBe(item.attrs?.[`nguongTrungBinh${suffix}`]);
        }
      }
    }
  });
});

describe('status against last year and poverty dynamics', () => {
  // [last year, ever escaped, origin, left, income, deprivations, expected status]
  const CASES: Array<[string, boolean, string, string | undefined, number, number, string]> = [
    ['ngheo', false, 'tai-cho', undefined, 1_000_000, 4, 'ngheo-cu'],
    ['ngheo', false, 'tai-cho', undefined, 1_000_000, 1, 'can-ngheo-tu-ngheo'],
    ['ngheo', false, 'tai-cho', undefined, 1_800_000, 4, 'thoat-ngheo'],
    ['ngheo', false, 'tai-cho', undefined, 2_500_000, 0, 'thoat-ngheo'],
    ['ngheo', false, 'tai-cho', 'chet', 1_000_000, 4, 'ra-khoi-danh-sach'],
    ['can-ngheo', false, 'tai-cho', undefined, 1_000_000, 5, 'ngheo-tu-can-ngheo'],
    ['can-ngheo', false, 'tai-cho', undefined, 1_000_000, 0, 'can-ngheo-cu'],
    ['can-ngheo', false, 'tai-cho', undefined, 2_000_000, 0, 'thoat-can-ngheo'],
    ['can-ngheo', false, 'tai-cho', 'chuyen-di', 1_000_000, 0, 'ra-khoi-danh-sach'],
    ['trung-binh', true, 'tai-cho', undefined, 1_000_000, 3, 'tai-ngheo'],
    ['khac', false, 'tai-cho', undefined, 1_000_000, 3, 'ngheo-moi'],
    ['chua-co', false, 'chuyen-den', undefined, 1_000_000, 3, 'ngheo-khac'],
    ['chua-co', false, 'tach-ho', undefined, 1_000_000, 1, 'can-ngheo-khac'],
    ['trung-binh', true, 'tai-cho', undefined, 1_000_000, 1, 'tai-can-ngheo'],
    ['chua-co', false, 'tai-cho', undefined, 1_000_000, 0, 'can-ngheo-moi'],
    ['khac', false, 'tai-cho', undefined, 3_000_000, 0, 'khong-thuoc-dien'],
  ];
  const tot = { ngheo: [0, 0, 0, 0, 0, 0, 0, 0, 0], canNgheo: [0, 0, 0, 0, 0, 0, 0, 0, 0] };

  it.each(CASES)('last year %s (escaped before: %s, %s, left: %s), income %d, %d deprivations → %s', async (prev, escaped, origin, left, income, dep, status) => {
    const h = { ...household('2025-10-15', 'nong-thon', income, dep), soSanh: { phanLoaiNamTruoc: prev, tungThoatNgheo: escaped, nguonGocHo: origin, ...(left ? { lyDoRaKhoi: left } : {}) } };
    const r = await runPackForm('phieu-ra-soat-ho', h, LATER);
    expect((r.data.ketQua as Rec).tinhTrang).toBe(status);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const th = r.data.tongHop as Record<string, number>;
    for (const [p, key] of [['Ngheo', 'ngheo'], ['CanNgheo', 'canNgheo']] as const) {
      const cols = Object.keys(th).filter((k) => k.startsWith(`db${p}`) && /^\d/.test(k.slice(2 + p.length))).sort();
      expect(cols).toHaveLength(8);
      const c = cols.map((k) => th[k]);
      const end = c[0] - c[1] - c[2] - c[3] + c[4] + c[5] + c[6] + c[7];
      // per household, the end-of-period column equals the household's current class
      expect(end, `${p} identity`).toBe(key === 'ngheo' ? th.hoNgheo : th.hoCanNgheo);
      c.forEach((x, i) => { tot[key][i] += x; });
    }
  });

  it('the 16 cases above cover every dynamics column', () => {
    for (const key of ['ngheo', 'canNgheo'] as const) for (const [i, x] of tot[key].slice(0, 8).entries()) expect(x, `${key} column ${i + 1}`).toBeGreaterThan(0);
  });
});

describe('commune yearly poverty report (bao-cao-giam-ngheo-nam)', () => {
  const base = { tongSoHo: 1000, tongNhanKhau: 4200, soHoNgheo: 120, soKhauNgheo: 500, soHoCanNgheo: 80, soKhauCanNgheo: 300,
    dienBien: { ngheo1DauKy: 140, ngheo2: 10, ngheo3: 25, ngheo4: 2, ngheo5: 5, ngheo6: 3, ngheo7: 8, ngheo8: 1,
      canNgheo1DauKy: 85, canNgheo2: 5, canNgheo3: 12, canNgheo4: 0, canNgheo5: 10, canNgheo6: 0, canNgheo7: 2, canNgheo8: 0 } };
  it('end of period = 1−2−3−4+5+6+7+8 and must equal the count', async () => {
    const r = await runPackForm('bao-cao-giam-ngheo-nam', base);
    expect((r.data.dienBien as Rec).ngheo9CuoiKy).toBe(120);
    expect((r.data.dienBien as Rec).canNgheo9CuoiKy).toBe(80);
    expect(r.data.tyLeHoNgheo).toBe(12);
    expect(r.issues).toEqual([]);
    const bad = await runPackForm('bao-cao-giam-ngheo-nam', { ...base, soHoNgheo: 121 });
    expect(bad.issues.map((i) => i.ruleId)).toContain('cuoi-ky-ngheo-khop');
  });
});

describe('ethnic-affairs yearly commune report (bc-dtts-xa-nam)', () => {
  const data = {
    khuVuc: 'kv3',
    danSo: { tongSoHo: 300, tongNhanKhau: 1250, theoDanToc: [
      { maDanToc: '01', soHo: 20, soNhanKhau: 70, soNu: 35 }, { maDanToc: '02', soHo: 180, soNhanKhau: 760, soNu: 380 },
      { maDanToc: '08', soHo: 100, soNhanKhau: 420, soNu: 200 }] },
    haTang: { soThon: 8, soThonCoDuongCungHoa: 6, soHoDienLuoi: 290, soHoNuocHopVeSinh: 240 },
    ngheo: { soHoNgheoDTTS: 90, soHoCanNgheoDTTS: 40 },
    yTe: { coTramYTe: true, soNguoiDTTSCoBHYT: 1100 },
  };
  it('computes the ethnic-minority totals (excluding Kinh) and checks the rows', async () => {
    const r = await runPackForm('bc-dtts-xa-nam', data);
    const ds = r.data.danSo as Rec;
    expect(ds.soHoDTTS).toBe(280);
    expect(ds.soKhauDTTS).toBe(1180);
    expect((r.data.ngheo as Rec).tyLeHoNgheoDTTS).toBe(32.14);
    expect(r.issues).toEqual([]);
    const bad = await runPackForm('bc-dtts-xa-nam', { ...data, danSo: { ...data.danSo, tongSoHo: 301 }, ngheo: { soHoNgheoDTTS: 250, soHoCanNgheoDTTS: 40 } });
    expect(bad.issues.map((i) => i.ruleId).sort()).toEqual(['ngheo-le-dtts', 'tong-ho-khop', 'ty-le-ngheo-cao']);
  });
});

describe('civil-servant record (ho-so-can-bo): ACC-9 working-day deadlines', () => {
  const base = { thongTinCoBan: { hoTenKhaiSinh: 'NGUYỄN VĂN AN', ngaySinh: '1985-04-02', gioiTinh: 'nam' }, congTac: { ngach: '01.003' }, xacNhan: { camDoan: true } };
  // effective date → [3 working days, 5 working days], weekends skipped (holidays: engine-additions.test.ts)
  it.each([
    ['2026-03-02', '2026-03-05', '2026-03-09'], // Monday
    ['2026-03-04', '2026-03-09', '2026-03-11'], // Wednesday
    ['2026-03-06', '2026-03-11', '2026-03-13'], // Friday
    ['2026-03-07', '2026-03-11', '2026-03-13'], // Saturday
    ['2026-03-08', '2026-03-11', '2026-03-13'], // Sunday
  ])('transfer effective %s: access revoked by %s, taken over by %s', async (day, revoke, takeOver) => {
    const r = await runPackForm('ho-so-can-bo', { ...base, bienDong: { loai: 'chuyen-cong-tac', donViMoi: '04.SDTTG', ngayHieuLuc: day } });
    expect(r.data.bienDong).toMatchObject({ hanThuHoiQuyen: revoke, hanTiepNhan: takeOver });
    expect(r.issues).toEqual([]);
  });
  it('a transfer without the receiving unit, or a record without the declaration, is blocked', async () => {
    const r = await runPackForm('ho-so-can-bo', { ...base, xacNhan: {}, bienDong: { loai: 'chuyen-cong-tac', ngayHieuLuc: '2026-03-02' } });
    expect(r.issues.map((i) => i.ruleId).sort()).toEqual(['cam-doan', 'chuyen-can-don-vi']);
  });
});
