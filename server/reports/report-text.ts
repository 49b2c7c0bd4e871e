// Texts shared by the XLSX and PDF renderers: the national header block, the period line,
// the date line and Vietnamese number formatting (1.234.567,89).
import type { ModelColumn } from '@/engine/reports/model';
import type { ReportResult } from './get-report';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const DEFAULT_SIGNATURES = [{ vi: 'NGƯỜI LẬP BIỂU' }, { vi: 'THỦ TRƯỞNG ĐƠN VỊ' }];

const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

export function periodLine(r: ReportResult): string {
  const p = r.period;
  const range = p.start && p.end ? ` (từ ${vi(p.start)} đến ${vi(p.end)})` : '';
  const state = r.state === 'approved' ? 'số liệu đã duyệt' : 'số liệu đã gửi';
  return `Kỳ báo cáo: ${p.key ?? 'hiện hành'}${range}; ${state}; địa giới hành chính ngày ${vi(r.tree.date)}`;
}

/** "Cao Bằng" from "Tỉnh Cao Bằng": the place name of a date line. */
export function placeOf(unitName: string): string {
  return unitName.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u, '');
}

export function dateLine(unitName: string, today: string): string {
  return `${placeOf(unitName)}, ngày ${today.slice(8, 10)} tháng ${today.slice(5, 7)} năm ${today.slice(0, 4)}`;
}

export function decimalsOf(col: ModelColumn): number {
  return col.format === 'integer' || col.format === 'vnd' ? 0 : 2;
}

export function formatNumber(value: number | null, col: ModelColumn): string {
  if (value === null) return '';
  const d = decimalsOf(col);
  const [int, frac] = Math.abs(value).toFixed(d).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export function mappingNote(r: ReportResult): string | null {
  if (r.tree.mappedFacts === 0) return null;
  return `Ghi chú: ${r.tree.mappedFacts.toLocaleString('vi-VN')} giá trị nhập theo địa giới cũ được cộng vào đơn vị kế thừa.`;
}
