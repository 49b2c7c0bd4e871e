// A period key as people read it, in both languages, for the DTOs of the inbox and the
// queue: '2025' → 'Năm 2025', '2025Q3' → 'Quý 3/2025', '2021-2025' → 'Giai đoạn 2021–2025';
// an ad hoc collection (PER-3) by the title its definition gives the instance (else the
// period definition's title with the key's year or month).
import type { PeriodDefinition } from '@/engine/definitions/period';
import { parsePeriodKey } from '@/engine/periods';

export interface PeriodLabel { vi: string; en: string }

export function periodLabel(key: string, def?: PeriodDefinition | null): PeriodLabel {
  const p = parsePeriodKey(key);
  switch (p?.type) {
    case 'Yearly': return { vi: `Năm ${p.year}`, en: `Year ${p.year}` };
    case 'SixMonthly': return { vi: `6 tháng lần ${p.half}/${p.year}`, en: `Half ${p.half}/${p.year}` };
    case 'Quarterly': return { vi: `Quý ${p.quarter}/${p.year}`, en: `Q${p.quarter}/${p.year}` };
    case 'Monthly': {
      const m = String(p.month).padStart(2, '0');
      return { vi: `Tháng ${m}/${p.year}`, en: `Month ${m}/${p.year}` };
    }
    case 'Phase': return { vi: `Giai đoạn ${p.startYear}–${p.endYear}`, en: `Phase ${p.startYear}–${p.endYear}` };
    case 'Campaign': {
      const title = def?.campaign?.instances?.find((i) => i.id === p.id)?.title;
      if (title) return { vi: title.vi, en: title.en ?? title.vi };
      // Recurring campaigns (C:2025, C:2025-09): the definition's title and the year/month.
      return def?.title ? { vi: `${def.title.vi} ${p.id}`, en: `${def.title.en ?? def.title.vi} ${p.id}` } : { vi: p.id, en: p.id };
    }
    default: return { vi: key, en: key };
  }
}
