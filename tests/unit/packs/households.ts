// A household of form phieu-ra-soat-ho for table tests: two members, the given review date, area,
// income per person per month and number of deprivations (flagged from the start of the common list).
export type Area = 'nong-thon' | 'thanh-thi';

const COMMON = ['viecLam', 'nguoiPhuThuoc', 'dinhDuong', 'baoHiemYTe', 'trinhDoGiaoDucNguoiLon', 'tinhTrangDiHocTreEm',
  'chatLuongNhaO', 'dienTichNhaO', 'nguonNuocSinhHoat', 'nhaTieuHopVeSinh', 'suDungVienThong'];

/** A household with `deprived` of the common indicators flagged (from the start of the list). */
export function household(date: string, area: Area, income: number, deprived: number, extra: Record<string, 0 | 1> = {}) {
  const thieuHut: Record<string, number> = Object.fromEntries(COMMON.map((f, i) => [f, i < deprived ? 1 : 0]));
  if (date < '2027-01-01') thieuHut.phuongTienTiepCanThongTin = 0;
  else thieuHut.xuLyRacThai = 0;
  Object.assign(thieuHut, extra);
  return {
    thongTinChung: { ngayRaSoat: date, loaiRaSoat: 'dinh-ky' },
    diaChi: { thonTo: 'Thôn Nà Vài', khuVuc: area },
    chuHo: { hoTen: 'Nông Văn A' },
    thanhVien: [{ hoTen: 'Nông Văn A', quanHe: 'chu-ho' }, { hoTen: 'Lục Thị B', quanHe: 'vo-chong' }],
    thuNhap: { thuNhapBinhQuanThang: income },
    thieuHut,
    nguyenNhanNgheo: ['thieu-von'],
  };
}

