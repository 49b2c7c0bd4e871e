// The shared JsonLogic conformance suite (280 cases) through the engine's evaluator: the
// custom operations must not change any built-in behaviour.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { evaluateLogic } from '@/engine/rules/evaluate';
import { OPERATIONS } from '@/engine/rules/operations';
import { BUILTIN_OPERATIONS } from '@/engine/rules/logic-analysis';

const suitePath = path.resolve(__dirname, '../../../../../shared/conformance/jsonlogic/tests.json');
const raw = JSON.parse(readFileSync(suitePath, 'utf8')) as unknown[];
const cases = raw.filter((c): c is [unknown, unknown, unknown] => Array.isArray(c));

describe('json-logic conformance through evaluateLogic', () => {
  it('has the 280 published cases', () => {
    expect(cases).toHaveLength(280);
  });

  it.each(cases.map((c, i) => [i, ...c] as const))('case %i', (_i, rule, data, expected) => {
    expect(evaluateLogic(rule, data)).toEqual(expected);
  });

  it('plain json-logic-js still passes every case after the engine installed its operations', () => {
    const failures = cases.filter(([rule, data, expected]) => JSON.stringify(jsonLogic.apply(rule as never, data)) !== JSON.stringify(expected));
    expect(failures).toEqual([]);
  });

  it('no custom operation shadows a built-in', () => {
    expect(OPERATIONS.map((o) => o.name).filter((n) => BUILTIN_OPERATIONS.has(n))).toEqual([]);
  });
});
