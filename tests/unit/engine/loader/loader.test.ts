// One fixture folder per kind of definition error: the loader must return every problem
// with the exact file and JSON pointer, and load the valid set into typed lookups.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDefinitions, type LoadResult } from '@/engine/definitions/loader';
import { readDefinitionFolders } from '@/server/definitions/read-folder';

const root = path.resolve(__dirname, 'fixtures');
async function load(...cases: string[]): Promise<LoadResult> {
  return loadDefinitions(await readDefinitionFolders(['_base', ...cases].map((c) => path.join(root, c)), root));
}
const located = (r: LoadResult) => (r.ok ? [] : r.issues.map((i) => `${i.file} ${i.pointer}`));

describe('loadDefinitions: one fixture per error kind', () => {
  it.each([
    ['parse-error', ['parse-error/form.jsonc ']],
    ['zod-error', ['zod-error/form.json /version', 'zod-error/form.json /title/vi', 'zod-error/form.json /colour']],
    ['array-file', ['array-file/forms.json /1/code']],
    ['missing-workflow', ['missing-workflow/form.json /workflow']],
    ['missing-period', ['missing-period/form.json /period']],
    ['unknown-var', ['unknown-var/form.json /rules/validations/0/logic/<=/1/var']],
    ['row-scope', [
      'row-scope/form.json /rules/validations/0/logic/>=/1/var',
      'row-scope/form.json /rules/computed/0/logic/reduce/1/+/1/var',
      'row-scope/form.json /rules/visibility/0/logic/some/1/==/0/var',
    ]],
    ['unknown-operation', ['unknown-operation/form.json /rules/computed/0/logic/sqrt']],
    ['op-arity', ['op-arity/form.json /rules/validations/0/logic/<=/1/date_add']],
    ['op-arg-type', ['op-arg-type/form.json /rules/validations/0/logic/<=/1/date_add/0', 'op-arg-type/form.json /rules/validations/0/logic/<=/1/date_add/2']],
    ['catalog-code', ['catalog-code/form.json /schema/properties/dong/items/properties/ma/enum/1', 'catalog-code/form.json /schema/properties/dong/items/properties/ma/default']],
    ['catalog-rule-literal', ['catalog-rule-literal/form.json /rules/validations/0/logic/!=/1', 'catalog-rule-literal/form.json /rules/validations/1/logic/catalog_has/1']],
    ['missing-catalog', ['missing-catalog/form.json /schema/properties/tonGiao/x-catalog']],
    ['duplicate', ['duplicate/b.json /version']],
    ['computed-cycle', ['computed-cycle/form.json /rules/computed/0']],
    ['aggregate-non-numeric', ['aggregate-non-numeric/form.json /aggregate/0/field', 'aggregate-non-numeric/form.json /aggregate/1/by', 'aggregate-non-numeric/form.json /aggregate/1/by']],
    ['report-missing-form', ['report-missing-form/report.json /form']],
    ['report-bad-column', [
      'report-bad-column/report.json /rows/field',
      'report-bad-column/report.json /columns/3/key',
      'report-bad-column/report.json /columns/0/value/field',
      'report-bad-column/report.json /columns/1/value/field',
      'report-bad-column/report.json /columns/2/value/formula/~1/1/var',
      'report-bad-column/report.json /columns/3/value/category',
    ]],
    ['catalog-duplicate-code', ['catalog-duplicate-code/catalog.json /items/1/code', 'catalog-duplicate-code/catalog.json /items/2/parent']],
  ])('%s', async (name, expected) => {
    expect(located(await load(name))).toEqual(expected);
  });

  it.each([
    ['parse-error', 'parse-error/form.jsonc', /line 5:3/],
    ['computed-cycle', 'computed-cycle/form.json', /tongSoHo → soHoNgheo → tongSoHo/],
    ['row-scope', 'row-scope/form.json', /use "\$form\.tongSoHo"/],
    ['unknown-var', 'unknown-var/form.json', /"tongSoHoo" is not a field.*\(line \d+:\d+\)/],
  ])('%s: the message says where and what', async (name, file, pattern) => {
    const r = await load(name);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.find((i) => i.file === file)?.message).toMatch(pattern);
  });

  // Checks owned by the period and workflow modules: the loader only prefixes file and pointer.
  it.each([
    ['workflow-check', 'workflow-check/workflows.json /1/machine/states/draft/on/SUBMIT'],
    ['period-check', 'period-check/period.json /entry/close'],
  ])('%s: issues of the kind\'s own check are prefixed with the definition\'s pointer', async (name, expected) => {
    expect(located(await load(name))).toContain(expected);
  });

  it('reports the problems of several files in one pass', async () => {
    expect(located(await load('catalog-duplicate-code', 'missing-workflow', 'report-missing-form'))).toEqual([
      'catalog-duplicate-code/catalog.json /items/1/code',
      'catalog-duplicate-code/catalog.json /items/2/parent',
      'missing-workflow/form.json /workflow',
      'report-missing-form/report.json /form',
    ]);
  });
});

describe('loadDefinitions: the valid set', () => {
  it('loads every kind into typed lookups', async () => {
    const r = await load('valid');
    expect(located(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.set.forms.latest('bieu-01')?.title.vi).toBe('Biểu 01: Dân số các dân tộc');
    expect(r.set.forms.get('bieu-01', 1)?.formKind).toBe('report');
    expect(r.set.forms.get('bieu-01', 2)).toBeUndefined();
    expect(r.set.reports.latest('bc-dan-so')?.columns.map((c) => c.key)).toEqual(['tong', 'tay', 'tyLe']);
    expect(r.set.catalogs.latest('dan-toc')?.items).toHaveLength(4);
    expect(r.set.periods.latest('nam')?.code).toBe('nam');
    expect(r.set.workflows.latest('duyet-hai-cap')?.code).toBe('duyet-hai-cap');
  });

  it('resolves catalog-backed fields to labelled choices, narrowed by an explicit enum', async () => {
    const r = await load('valid');
    const schema = r.ok ? (r.set.forms.latest('bieu-01')?.schema as unknown as { properties: { danToc: { items: { properties: { ma: unknown } } } } }) : undefined;
    expect(schema?.properties.danToc.items.properties.ma).toEqual({
      type: 'string', 'x-catalog': 'dan-toc',
      oneOf: [{ const: '01', title: 'Kinh' }, { const: '02', title: 'Tày' }, { const: '03', title: 'Thái' }],
    });
  });

  it('latest() picks the highest version whatever the file order', () => {
    const cat = (version: number, vi: string) => ({ file: `c${version}.json`, text: JSON.stringify({ kind: 'catalog', code: 'c', version, title: { vi }, items: [{ code: 'a', name: { vi } }] }) });
    const r = loadDefinitions([cat(3, 'ba'), cat(1, 'một'), cat(2, 'hai')]);
    expect(r.ok && r.set.catalogs.latest('c')?.title.vi).toBe('ba');
    expect(r.ok && r.set.catalogs.versions('c').map((c) => c.version)).toEqual([1, 2, 3]);
  });
});

describe('loadDefinitions never throws', () => {
  it.each([
    ['empty file', ''],
    ['a number', '42'],
    ['unknown kind', '{"kind": "dashboard"}'],
    ['array of junk', '[null, 1, "x", {"kind": "form"}]'],
    ['unterminated comment', '/* {"kind": "form"}'],
    ['deep nesting', '['.repeat(20000)],
  ])('%s', (_name, text) => {
    const r = loadDefinitions([{ file: 'x.json', text }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.every((i) => i.file === 'x.json' && typeof i.message === 'string')).toBe(true);
  });

  it('for arbitrary JSON values and strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const r = loadDefinitions([{ file: 'f.json', text }]);
      return r.ok || r.issues.length > 0;
    }), { numRuns: 300 });
  });
});
