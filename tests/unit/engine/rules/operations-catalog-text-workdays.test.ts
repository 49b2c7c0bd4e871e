// catalog_attr, unique_of, upper and workdays_add: the operations added for the regulation
// packs (versioned thresholds, one row per code, Vietnamese upper case, working-day deadlines).
import { describe, expect, it } from 'vitest';
import { evaluateLogic, evaluateWithCatalogs } from '@/engine/rules/evaluate';
import { catalogLookup } from '@/engine/rules/catalog-lookup';
import { runFormRules } from '@/engine/rules/form-runtime';
import { workdaysAdd } from '@/engine/rules/workdays';

const catalogs = catalogLookup([
  { kind: 'catalog', code: 'chuan', version: 1, title: { vi: 'Chuẩn' }, items: [
    { code: 'v1', name: { vi: 'Bản 1' }, attrs: { nguong: 1500000, ghi: 'x', bat: true, trong: null } },
    { code: 'v2', name: { vi: 'Bản 2' } },
  ] },
  { kind: 'catalog', code: 'ngay-nghi', version: 1, title: { vi: 'Ngày nghỉ' }, items: [
    { code: '2026-09-01', name: { vi: 'Quốc khánh' } },
    { code: '2026-09-02', name: { vi: 'Quốc khánh' } },
  ] },
]);
const withCat = (logic: unknown, data: unknown = {}) => evaluateWithCatalogs(logic, data, catalogs);

describe('catalog_attr', () => {
  it.each([
    ['number attribute', ['chuan', 'v1', 'nguong'], 1500000],
    ['string attribute', ['chuan', 'v1', 'ghi'], 'x'],
    ['boolean attribute', ['chuan', 'v1', 'bat'], true],
    ['null attribute', ['chuan', 'v1', 'trong'], null],
    ['missing attribute', ['chuan', 'v1', 'khong'], null],
    ['item without attrs', ['chuan', 'v2', 'nguong'], null],
    ['unknown code', ['chuan', 'v9', 'nguong'], null],
    ['unknown catalog', ['khac', 'v1', 'nguong'], null],
    ['inherited property is not an attribute', ['chuan', 'v1', 'toString'], null],
  ])('%s', (_n, args, expected) => expect(withCat({ catalog_attr: args })).toEqual(expected));

  it('reads the code from data', () => {
    expect(withCat({ '*': [{ catalog_attr: ['chuan', { var: 'v' }, 'nguong'] }, 2] }, { v: 'v1' })).toBe(3000000);
  });
  it('gives null without catalogs (browser without lookups)', () => {
    expect(evaluateLogic({ catalog_attr: ['chuan', 'v1', 'nguong'] }, {})).toBeNull();
  });
});

describe('unique_of', () => {
  it.each([
    ['distinct property', [{ m: '01' }, { m: '02' }], 'm', true],
    ['duplicate property', [{ m: '01' }, { m: '02' }, { m: '01' }], 'm', false],
    ['blanks ignored', [{ m: '' }, { m: null }, {}, { m: '01' }], 'm', true],
    ['number and its text are equal', [{ m: 1 }, { m: '1' }], 'm', false],
    ['surrounding spaces ignored', [{ m: '01 ' }, { m: '01' }], 'm', false],
    ['plain array', ['a', 'b', 'a'], undefined, false],
    ['empty array', [], 'm', true],
    ['not an array', 'abc', 'm', true],
  ])('%s', (_n, arr, prop, expected) => {
    expect(evaluateLogic({ unique_of: prop === undefined ? [{ var: 'a' }] : [{ var: 'a' }, prop] }, { a: arr })).toBe(expected);
  });
});

describe('upper', () => {
  it.each([
    ['Vietnamese diacritics', 'nguyễn thị ánh đào', 'NGUYỄN THỊ ÁNH ĐÀO'],
    ['đ and ư, ơ', 'đường hồ chí minh, phường ơ', 'ĐƯỜNG HỒ CHÍ MINH, PHƯỜNG Ơ'],
    ['already upper', 'HÀ NỘI', 'HÀ NỘI'],
    ['not text', 12, null],
  ])('%s', (_n, v, expected) => expect(evaluateLogic({ upper: [{ var: 'v' }] }, { v })).toBe(expected));
});

describe('workdays_add', () => {
  it.each([
    ['Monday + 3', '2026-11-23', 3, undefined, '2026-11-26'],
    ['Thursday + 3 skips the weekend', '2026-11-26', 3, undefined, '2026-12-01'],
    ['Friday + 5 is next Friday', '2026-11-27', 5, undefined, '2026-12-04'],
    ['Saturday + 1 is Monday', '2026-11-28', 1, undefined, '2026-11-30'],
    ['+0 on a working day stays', '2026-11-23', 0, undefined, '2026-11-23'],
    ['+0 on Sunday moves to Monday', '2026-11-29', 0, undefined, '2026-11-30'],
    ['negative counts back', '2026-11-30', -1, undefined, '2026-11-27'],
    ['holidays from a catalog', '2026-08-31', 3, 'ngay-nghi', '2026-09-07'],
    ['without the holiday catalog', '2026-08-31', 3, undefined, '2026-09-03'],
    ['invalid date', '2026-02-30', 3, undefined, null],
    ['fractional n', '2026-11-23', 1.5, undefined, null],
    ['date with a time part', '2026-11-23T10:00:00Z', 1, undefined, '2026-11-24'],
  ])('%s', (_n, d, n, cat, expected) => {
    expect(withCat({ workdays_add: cat === undefined ? [{ var: 'd' }, n] : [{ var: 'd' }, n, cat] }, { d })).toBe(expected);
  });
  it('is bounded for huge counts', () => {
    expect(workdaysAdd('2026-01-01', 1e9)).toBeNull();
    expect(workdaysAdd('2026-01-01', 10, () => true)).toBeNull();
  });
});

describe('in a form', () => {
  it('computes a threshold from the catalog version chosen by date', () => {
    const form = {
      kind: 'form', code: 'f', version: 1, title: { vi: 'F' }, workflow: 'w',
      schema: { type: 'object', properties: { ban: { type: 'string' }, nguong: { type: 'number' } } },
      rules: { computed: [{ field: 'nguong', logic: { catalog_attr: ['chuan', { var: 'ban' }, 'nguong'] } }], visibility: [], validations: [] },
    } as never;
    expect(runFormRules(form, { ban: 'v1' }, { catalogs }).data.nguong).toBe(1500000);
  });
});
