// Property: the browser bundle of engine/rules (esbuild, platform browser, run in a bare
// vm context without Node globals) and the direct server import give identical results
// for random forms (fields, rules, computed fields, row rules) and random data.
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '@/engine/definitions/form';
import { runFormRules } from '@/engine/rules/form-runtime';
import { extractFacts } from '@/engine/rules/facts';

const repoRoot = path.resolve(__dirname, '../../../..');
let browserRun: (formJson: string, dataJson: string, nowIso: string) => string;

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: "export { runFormRules } from './engine/rules/form-runtime'; export { extractFacts } from './engine/rules/facts';",
      resolveDir: repoRoot, sourcefile: 'browser-entry.ts', loader: 'ts',
    },
    bundle: true, platform: 'browser', format: 'iife', globalName: 'EngineRules', write: false,
    tsconfig: path.join(repoRoot, 'tsconfig.json'), logLevel: 'silent',
  });
  const context = vm.createContext({});
  vm.runInContext(out.outputFiles[0].text, context);
  vm.runInContext(`globalThis.__run = (f, d, now) => {
    const form = JSON.parse(f), data = JSON.parse(d);
    const result = EngineRules.runFormRules(form, data, { now: new Date(now), explanations: { w0: 'đã kiểm tra' } });
    return JSON.stringify({ result, facts: EngineRules.extractFacts(form, result.data) });
  };`, context);
  browserRun = context.__run as typeof browserRun;
}, 60_000);

const NUM = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5'];
const ROW = ['a', 'b'];
const numLeaf = (names: string[]) => fc.oneof(fc.constantFrom(...names).map((v) => ({ var: v })), fc.integer({ min: -5, max: 50 }), fc.double({ min: -10, max: 10, noNaN: true }));
const expr = (names: string[], rows: boolean): fc.Arbitrary<unknown> => fc.letrec<{ e: unknown }>((tie) => ({
  e: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    numLeaf(names),
    fc.tuple(fc.constantFrom('+', '-', '*', '/', '%', 'max', 'min'), tie('e'), tie('e')).map(([op, x, y]) => ({ [op]: [x, y] })),
    fc.tuple(tie('e'), fc.integer({ min: 0, max: 3 })).map(([x, d]) => ({ round: [x, d] })),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, x, y]) => ({ if: [{ '>': [c, 0] }, x, y] })),
    ...(rows ? [fc.constantFrom(...ROW).map((p) => ({ sum_of: [{ var: 'rows' }, p] })), fc.constant({ count_of: [{ var: 'rows' }] })] : []),
  ),
})).e;
const cond = (names: string[], rows: boolean) => fc.tuple(fc.constantFrom('<', '<=', '>', '>=', '==', '!=', '==='), expr(names, rows), expr(names, rows)).map(([op, x, y]) => ({ [op]: [x, y] }));

const formArb = fc.record({
  computed: fc.array(fc.tuple(fc.constantFrom('c0', 'c1', 'c2'), expr(NUM, true)), { maxLength: 3 }),
  rowComputed: fc.option(expr([...ROW, '$form.n0'], false), { nil: undefined }),
  validations: fc.array(fc.tuple(cond([...NUM, 'c0', 'c1', 'c2'], true), fc.constantFrom('error', 'warning'), fc.constantFrom(...NUM)), { maxLength: 6 }),
  rowValidations: fc.array(cond([...ROW, 'r', '$form.n1'], false), { maxLength: 2 }),
  visibility: fc.array(fc.tuple(fc.constantFrom(...NUM), cond(NUM, false)), { maxLength: 2 }),
}).map(({ computed, rowComputed, validations, rowValidations, visibility }): FormDefinition => {
  const seen = new Set<string>();
  // Computed cN may only read n* and lower c*, so the generated forms have no cycles.
  const comp = computed.filter(([f]) => !seen.has(f) && seen.add(f)).map(([field, logic]) => ({ field, logic }));
  const num = { type: 'number' };
  return {
    kind: 'form', code: 'p', version: 1, title: { vi: 'Thử' }, formKind: 'register', workflow: 'w', enteredAt: ['commune'],
    schema: { type: 'object', properties: {
      ...Object.fromEntries([...NUM, 'c0', 'c1', 'c2'].map((n) => [n, num])),
      rows: { type: 'array', items: { type: 'object', properties: { a: num, b: num, r: num, ma: { type: 'string' } } } },
    } },
    rules: {
      computed: [...comp, ...(rowComputed === undefined ? [] : [{ field: 'rows[].r', logic: rowComputed }])],
      validations: [
        ...validations.map(([logic, severity, field], i) => ({ id: `${severity[0]}${i}`, severity, field, logic, message: { vi: 'Lỗi', en: 'Error' } })),
        ...rowValidations.map((logic, i) => ({ id: `row${i}`, severity: 'error' as const, field: 'rows[].a', logic, message: { vi: 'Dòng', en: 'Row' } })),
      ],
      visibility: visibility.map(([field, logic]) => ({ field, logic })),
    },
    aggregate: [{ field: 'n0', fn: 'sum' }, { field: 'rows[].a', fn: 'sum', by: 'rows[].ma' }, { field: 'rows[].b', fn: 'max' }],
  };
});

const value = fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ min: -100, max: 100, noNaN: true }), fc.constant(null), fc.constantFrom('7', 'x', ''));
const dataArb = fc.record({
  ...Object.fromEntries(NUM.map((n) => [n, value])),
  rows: fc.array(fc.record({ a: value, b: value, ma: fc.constantFrom('01', '02', '03') }), { maxLength: 4 }),
}, { requiredKeys: ['rows'] });

describe('browser bundle ≡ server import', () => {
  it('gives identical runFormRules and extractFacts results on ≥200 random forms and data', () => {
    let cases = 0, withIssues = 0, withHidden = 0;
    fc.assert(fc.property(formArb, dataArb, fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), (form, data, now) => {
      cases += 1;
      const result = runFormRules(form, data, { now, explanations: { w0: 'đã kiểm tra' } });
      if (result.issues.length > 0) withIssues += 1;
      if (result.hidden.length > 0) withHidden += 1;
      const server = JSON.stringify({ result, facts: extractFacts(form, result.data) });
      const browser = browserRun(JSON.stringify(form), JSON.stringify(data), now.toISOString());
      expect(browser).toBe(server);
    }), { numRuns: 250 });
    expect(cases).toBeGreaterThanOrEqual(200);
    // The generator must exercise the interesting paths, not only empty results.
    expect(withIssues).toBeGreaterThan(20);
    expect(withHidden).toBeGreaterThan(5);
  });
});
