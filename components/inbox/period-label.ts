// Period keys as people read them: '2025' → 'Năm 2025', '2025Q3' → 'Quý 3/2025',
// '2025M03' → 'Tháng 03/2025', '2025S1' → '6 tháng 1/2025'; other keys as they are.
import type { Translate } from '@/lib/i18n';

export function periodLabel(key: string, t: Translate): string {
  let m = /^(\d{4})$/.exec(key);
  if (m) return t('collect.period.year', { year: m[1] });
  m = /^(\d{4})Q([1-4])$/.exec(key);
  if (m) return t('collect.period.quarter', { year: m[1], n: m[2] });
  m = /^(\d{4})M(\d{2})$/.exec(key);
  if (m) return t('collect.period.month', { year: m[1], n: m[2] });
  m = /^(\d{4})S([12])$/.exec(key);
  if (m) return t('collect.period.half', { year: m[1], n: m[2] });
  return key;
}
