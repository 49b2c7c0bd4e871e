// The pure report model: header merges and numbering, printed formulas, exact subtotals
// (average of the merged facts, not of the rows), formulas on totals, nulls for no data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport } from '@/engine/reports/build-report';
import { formulaText } from '@/engine/reports/formula-text';
import { reportDefinitionSchema } from '@/engine/definitions/report';
import type { InputRow } from '@/engine/reports/model';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const def = reportDefinitionSchema.parse(JSON.parse(readFileSync(path.join(HERE, 'fixtures/poverty-summary.json'), 'utf8')));
const cell = (field: string, ...vals: number[]) => ({ form: 'rpt-poverty', field, category: null, sum: vals.reduce((a, b) => a + b, 0), count: vals.length, min: Math.min(...vals), max: Math.max(...vals) });
const row = (key: string, group: string, cells: InputRow['cells']): InputRow => ({ key, kind: 'row', label: { vi: key }, code: key, level: 'commune', unitId: key, group, drillLevel: null, cells });

const input = {
  rowLabel: { vi: 'Tên đơn vị' },
  groups: [{ key: 'D1', label: { vi: 'Huyện 1' }, code: 'D1', unitId: 'D1', level: 'district' }],
  rows: [
    row('C1', 'D1', [cell('households', 100), cell('poor', 10), cell('income', 10, 20)]),
    row('C2', 'D1', [cell('households', 300), cell('poor', 60), cell('income', 60)]),
    row('C3', 'D1', []),
  ],
};

describe('buildReport', () => {
  const m = buildReport(def, input);

  it('numbers columns and prints formulas over column numbers', () => {
    expect(m.header.numbering).toEqual(['A', 'B', '(1)', '(2)', '(3) = (2)/(1)×100', '(4)', '(5)', '(6)', '(7)', '(8)']);
    expect(m.header.rows).toBe(2);
    expect(m.header.cells.find((c) => c.text.vi === 'Hộ nghèo')).toMatchObject({ row: 0, col: 3, colSpan: 2 });
    expect(m.header.cells.find((c) => c.text.vi === 'Hộ cận nghèo')).toMatchObject({ row: 0, col: 5, colSpan: 1 });
    expect(m.header.cells.find((c) => c.text.vi === 'Tổng số hộ')).toMatchObject({ row: 0, rowSpan: 2 });
  });

  it('subtotals and totals merge facts exactly and formulas run on them', () => {
    const [sub, c1, c2, c3, total] = m.rows;
    expect(sub).toMatchObject({ kind: 'subtotal', stt: 'I' });
    expect(sub.values).toMatchObject({ households: 400, poor: 70, income: 30, incomeMax: 60, incomeMin: 10, reports: 2 });
    expect(sub.values.poorRate).toBeCloseTo(17.5);
    expect(c1.values).toMatchObject({ households: 100, poorRate: 10, income: 15, reports: 1 });
    expect(c2.stt).toBe('2');
    expect(c3.values).toMatchObject({ households: null, poorRate: null, reports: null });
    expect(total.kind).toBe('total');
    expect(total.values.households).toBe(400);
  });

  it('prints formulas with precedence and falls back to the template text', () => {
    const nums = new Map([['a', 1], ['b', 2]]);
    expect(formulaText(3, { '-': [{ var: 'a' }, { '+': [{ var: 'b' }, 1] }] }, nums)).toBe('(3) = (1) - ((2) + 1)');
    expect(formulaText(3, { '/': [{ '+': [{ var: 'a' }, { var: 'b' }] }, 2] }, nums)).toBe('(3) = ((1) + (2))/2');
    expect(formulaText(3, { if: [{ var: 'a' }, 1, 0] }, nums, '3 = x')).toBe('3 = x');
    expect(formulaText(3, { '+': [{ '-': [{ var: 'a' }, { var: 'b' }] }, { '-': [0, { var: 'b' }] }, { var: 'a' }] }, nums)).toBe('(3) = (1) - (2) - (2) + (1)');
    expect(formulaText(3, { '*': [{ '-': [0, { var: 'b' }] }, 2] }, nums)).toBe('(3) = (-(2))×2');
  });

  it('gives null for a division by zero', () => {
    const z = buildReport(def, { ...input, rows: [row('C9', 'D1', [cell('households', 0), cell('poor', 0)])] });
    expect(z.rows[1].values.poorRate).toBeNull();
  });
});
