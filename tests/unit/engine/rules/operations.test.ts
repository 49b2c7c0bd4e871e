// The custom operations of the registry, through the shared evaluator.
import { describe, expect, it } from 'vitest';
import { evaluateLogic, evaluateWithCatalogs } from '@/engine/rules/evaluate';
import { catalogLookup } from '@/engine/rules/catalog-lookup';

const catalogs = catalogLookup([{
  kind: 'catalog', code: 'dan-toc', version: 1, title: { vi: 'Dân tộc' },
  items: [
    { code: '01', name: { vi: 'Kinh', en: 'Kinh' } },
    { code: '02', name: { vi: 'Tày' } },
    { code: '99', name: { vi: 'Khác' }, validTo: '2020-12-31' },
  ],
}]);

describe('custom operations', () => {
  it.each([
    ['date_add days', { date_add: ['2025-01-30', 3, 'day'] }, {}, '2025-02-02'],
    ['date_add month clamps to month end', { date_add: ['2025-01-31', 1, 'month'] }, {}, '2025-02-28'],
    ['date_add negative years', { date_add: ['2024-02-29', -1, 'year'] }, {}, '2023-02-28'],
    ['date_add invalid date', { date_add: ['2025-02-30', 1, 'day'] }, {}, null],
    ['date_diff days', { date_diff: ['2025-01-01', '2025-03-01', 'day'] }, {}, 59],
    ['date_diff whole months', { date_diff: ['2025-01-31', '2025-02-28', 'month'] }, {}, 0],
    ['date_diff years (age)', { date_diff: [{ var: 'birth' }, '2025-07-01', 'year'] }, { birth: '1990-07-02' }, 34],
    ['date_diff negative', { date_diff: ['2025-03-01', '2025-01-01', 'month'] }, {}, -2],
    ['sum_of property of rows', { sum_of: [{ var: 'rows' }, 'n'] }, { rows: [{ n: 2 }, { n: '3' }, { n: null }, {}] }, 5],
    ['sum_of plain array', { sum_of: [[1, 2, 3.5]] }, {}, 6.5],
    ['sum_of non-array', { sum_of: [{ var: 'missing' }] }, {}, 0],
    ['count_of rows', { count_of: [{ var: 'rows' }] }, { rows: [{}, {}] }, 2],
    ['count_of non-blank property', { count_of: [{ var: 'rows' }, 'n'] }, { rows: [{ n: 0 }, { n: '' }, {}] }, 1],
    ['round half away from zero', { round: [2.345, 2] }, {}, 2.35],
    ['round negative', { round: [-2.5] }, {}, -3],
    ['round non-number', { round: ['abc', 1] }, {}, null],
    ['period_key yearly', { period_key: ['2025-07-15', 'Yearly'] }, {}, '2025'],
    ['period_key quarterly', { period_key: ['2025-07-15', 'Quarterly'] }, {}, '2025Q3'],
    ['period_key monthly', { period_key: ['2025-03-01', 'Monthly'] }, {}, '2025M03'],
    ['period_key six-monthly', { period_key: ['2025-06-30', 'SixMonthly'] }, {}, '2025S1'],
  ])('%s', (_name, logic, data, expected) => {
    expect(evaluateLogic(logic, data)).toEqual(expected);
  });

  it.each([
    ['catalog_has known code', { catalog_has: ['dan-toc', { var: 'x' }] }, { x: '02' }, true],
    ['catalog_has unknown code', { catalog_has: ['dan-toc', { var: 'x' }] }, { x: '55' }, false],
    ['catalog_has outside validity', { catalog_has: ['dan-toc', '99', '2025-01-01'] }, {}, false],
    ['catalog_has inside validity', { catalog_has: ['dan-toc', '99', '2019-01-01'] }, {}, true],
    ['catalog_name vi', { catalog_name: ['dan-toc', '02'] }, {}, 'Tày'],
    ['catalog_name en falls back to vi', { catalog_name: ['dan-toc', '02', 'en'] }, {}, 'Tày'],
    ['catalog_name missing', { catalog_name: ['dan-toc', '77'] }, {}, null],
  ])('%s', (_name, logic, data, expected) => {
    expect(evaluateWithCatalogs(logic, data, catalogs)).toEqual(expected);
  });

  it('catalog operations answer "not found" when no catalogs are given', () => {
    expect(evaluateLogic({ catalog_has: ['dan-toc', '01'] }, {})).toBe(false);
  });
});
