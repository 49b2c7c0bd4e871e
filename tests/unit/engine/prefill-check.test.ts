// FRM-3: the loader refuses a prefill the runtime could not run — a repeated row path, a source
// of another type, a unit/actor property that does not exist — with a pointer to the entry.
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@/engine/definitions/form';
import { checkForm, type SetContext } from '@/engine/definitions/form-check';
import { indexFields } from '@/engine/definitions/field-index';

type Spec = NonNullable<FormDefinition['prefill']>[number];

const schema = {
  type: 'object' as const,
  properties: {
    soHo: { type: 'integer' }, tyLe: { type: 'number' }, ten: { type: 'string' },
    dienBien: { type: 'object', properties: { dauKy: { type: 'integer' } } },
    rows: { type: 'array', items: { type: 'object', properties: { x: { type: 'integer' } } } },
  },
};
const other = indexFields({ type: 'object', properties: { ma: { type: 'string' }, so: { type: 'integer' } } }).fields;
const ctx: SetContext = {
  catalogs: new Map(),
  has: () => true,
  formFields: (code) => (code === 'khac' ? other : undefined),
};
const check = (spec: Spec) => checkForm({
  kind: 'form', code: 'f', version: 1, title: { vi: 'Biểu' }, formKind: 'report', period: 'nam', workflow: 'wf', enteredAt: ['commune'], schema, prefill: [spec],
} as FormDefinition, ctx).map((i) => `${i.pointer} ${i.message}`);

describe('prefill checks of the loader (FRM-3)', () => {
  it.each<[string, Spec, string[]]>([
    ['a form-level field from the previous period', { field: 'dienBien.dauKy', from: { source: 'previous-period', field: 'soHo' } }, []],
    ['integer into number', { field: 'tyLe', from: { source: 'previous-period', field: 'soHo' } }, []],
    ['a whole table', { field: 'rows', from: { source: 'previous-period' } }, []],
    ['unit name', { field: 'ten', from: { source: 'unit', path: 'parent.name' } }, []],
    ['actor home unit', { field: 'ten', from: { source: 'actor', path: 'homeUnit.code' } }, []],
    ['another form', { field: 'ten', from: { source: 'same-unit-form', form: 'khac', field: 'ma' } }, []],
    ['a repeated row target', { field: 'rows[].x', from: { source: 'previous-period' } }, ['/prefill/0/field "rows[].x" is in a repeated row (rows[]); prefill fills form-level fields only']],
    ['a repeated row source', { field: 'soHo', from: { source: 'previous-period', field: 'rows[].x' } }, ['/prefill/0/from/field "rows[].x" is in a repeated row (rows[]); prefill reads form-level fields only']],
    ['number into integer', { field: 'soHo', from: { source: 'previous-period', field: 'tyLe' } }, ['/prefill/0/from/field "tyLe" is number but "soHo" is integer']],
    ['other form type mismatch', { field: 'soHo', from: { source: 'same-unit-form', form: 'khac', field: 'ma' } }, ['/prefill/0/from/field "ma" is string but "soHo" is integer']],
    ['unknown unit property', { field: 'ten', from: { source: 'unit', path: 'ten' } }, ['/prefill/0/from/path "ten" is not a property of the unit (paths start with one of code, name, level, parent, ancestors, levels)']],
    ['unknown actor property', { field: 'ten', from: { source: 'actor', path: 'email' } }, ['/prefill/0/from/path "email" is not a property of the actor (paths start with one of name, username, homeUnit)']],
    ['missing path', { field: 'ten', from: { source: 'actor' } }, ['/prefill/0/from source "actor" needs "path"']],
    ['missing other form', { field: 'ten', from: { source: 'same-unit-form', form: 'nope' } }, ['/prefill/0/from/form form "nope" does not exist']],
  ])('%s', (_name, spec, expected) => {
    expect(check(spec)).toEqual(expected);
  });
});
