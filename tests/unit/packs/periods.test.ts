// The packs' periods through the period engine: the yearly poverty review campaign (1 Sep–14 Dec),
// the monthly review from the 15th, the yearly report (as of 31 Dec, due 31 Mar: PER-2), and the
// ethnic-affairs monthly/quarterly/yearly/phase periods (PER-4).
import { describe, expect, it } from 'vitest';
import { dueDate, entryWindow, isLocked, isOpenForEntry, referenceDate, resolvePeriod } from '@/engine/periods';
import type { PeriodDefinition } from '@/engine/definitions/period';
import { loadPacks } from './load-packs';
import { actor, units } from './world';

async function period(code: string): Promise<PeriodDefinition> {
  const p = (await loadPacks()).periods.latest(code);
  if (!p) throw new Error(`period ${code} missing`);
  return p;
}
const at = (iso: string) => new Date(`${iso}T05:00:00Z`);

describe('poverty periods', () => {
  it('the yearly review runs 1 September – 14 December; approvals until 31 December', async () => {
    const p = await period('ra-soat-ho-ngheo');
    expect(resolvePeriod(p, 'C:2025')).not.toBeNull();
    expect(entryWindow(p, 'C:2025')).toEqual({ open: '2025-09-01', close: '2025-12-31' });
    expect(dueDate(p, 'C:2025')).toBe('2025-12-14');
    expect(isOpenForEntry(p, 'C:2025', at('2025-08-31'))).toBe(false);
    expect(isOpenForEntry(p, 'C:2025', at('2025-09-01'))).toBe(true);
    expect(isLocked(p, 'C:2025', at('2026-01-01'))).toBe(true);
    expect(isLocked(p, 'C:2025', at('2026-01-01'), actor('admin', units.vn, [['system_admin', units.vn, null]]))).toBe(false);
  });

  it('the monthly review starts on the 15th', async () => {
    const p = await period('ra-soat-ho-ngheo');
    expect(entryWindow(p, 'C:2025-03').open).toBe('2025-03-15');
    expect(dueDate(p, 'C:2025-03')).toBe('2025-04-14');
  });

  it('the yearly report: figures as of 31 December, due 31 March (seed 001 §7.1)', async () => {
    const p = await period('giam-ngheo-nam');
    expect(referenceDate(p, '2025')).toBe('2025-12-31');
    expect(dueDate(p, '2025')).toBe('2026-03-31');
    expect(isOpenForEntry(p, '2025', at('2026-03-31'))).toBe(true);
    expect(isOpenForEntry(p, '2025', at('2026-04-01'))).toBe(false);
  });
});

describe('ethnic-affairs periods (monthly, quarterly, yearly, phase)', () => {
  it('has one period of each kind with sensible dates', async () => {
    expect(dueDate(await period('dan-toc-thang'), '2025M03')).toBe('2025-04-05');
    expect(dueDate(await period('dan-toc-quy'), '2025Q3')).toBe('2025-10-10');
    expect(dueDate(await period('dan-toc-nam'), '2025')).toBe('2026-03-31');
    const phase = await period('dan-toc-giai-doan');
    expect(resolvePeriod(phase, '2021-2025')).not.toBeNull();
    expect(resolvePeriod(phase, '2022-2026')).toBeNull();
    expect(referenceDate(phase, '2021-2025')).toBe('2025-12-31');
    expect(dueDate(phase, '2021-2025')).toBe('2026-03-31');
  });
});
