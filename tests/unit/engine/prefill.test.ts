// FRM-3 ("nobody is asked to declare again what the database holds"): the pure prefill writes
// each declared value into its JSON path, keeps what is already there, copies only values of
// the target field's type, and leaves out fields the caller may not see.
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@/engine/definitions/form';
import { prefill, readPath, type PrefillSources } from '@/engine/rules/prefill';

type Spec = NonNullable<FormDefinition['prefill']>[number];

const form = (specs: Spec[]): FormDefinition => ({
  kind: 'form', code: 'bao-cao', version: 1, title: { vi: 'Báo cáo' }, formKind: 'report', period: 'nam', workflow: 'wf', enteredAt: ['commune'],
  schema: {
    type: 'object',
    properties: {
      soHoNgheo: { type: 'integer' },
      tyLe: { type: 'number' },
      khuVuc: { type: 'string', enum: ['I', 'II', 'III'] },
      coDien: { type: 'boolean' },
      tenXa: { type: 'string' },
      tenTinh: { type: 'string' },
      nguoiLap: { type: 'string' },
      dienBien: { type: 'object', properties: { ngheoDauKy: { type: 'integer' }, ghiChu: { type: 'string' } } },
      danToc: { type: 'array', items: { type: 'object', properties: { ma: { type: 'string' }, soHo: { type: 'integer' } } } },
    },
  },
  prefill: specs,
} as FormDefinition);

const prev = (data: Record<string, unknown>): PrefillSources => ({ previousPeriod: { periodKey: '2024', data } });
const fromPrev = (field: string, from?: string): Spec => ({ field, from: { source: 'previous-period', ...(from ? { field: from } : {}) } });
const unit = { code: 'C1', name: 'Xã Đồng Tâm', level: 'commune', parent: { code: 'D1', name: 'Huyện Một', level: 'district', parent: { code: 'P1', name: 'Tỉnh Một' } } };

describe('prefill (FRM-3)', () => {
  it.each<[string, Spec[], PrefillSources, Record<string, unknown>, Record<string, unknown>]>([
    ['same path from the previous period', [fromPrev('soHoNgheo')], prev({ soHoNgheo: 12 }), {}, { soHoNgheo: 12 }],
    ['another field into a nested object (objects created)', [fromPrev('dienBien.ngheoDauKy', 'soHoNgheo')], prev({ soHoNgheo: 12 }), {}, { dienBien: { ngheoDauKy: 12 } }],
    ['nested object kept, sibling added', [fromPrev('dienBien.ngheoDauKy', 'soHoNgheo')], prev({ soHoNgheo: 12 }), { dienBien: { ghiChu: 'x' } }, { dienBien: { ghiChu: 'x', ngheoDauKy: 12 } }],
    ['a value already present is not overwritten', [fromPrev('soHoNgheo')], prev({ soHoNgheo: 12 }), { soHoNgheo: 3 }, { soHoNgheo: 3 }],
    ['zero and false count as present', [fromPrev('soHoNgheo'), fromPrev('coDien')], prev({ soHoNgheo: 12, coDien: true }), { soHoNgheo: 0, coDien: false }, { soHoNgheo: 0, coDien: false }],
    ['null counts as absent', [fromPrev('soHoNgheo')], prev({ soHoNgheo: 12 }), { soHoNgheo: null }, { soHoNgheo: 12 }],
    ['a non-object in the way blocks a nested write', [fromPrev('dienBien.ngheoDauKy', 'soHoNgheo')], prev({ soHoNgheo: 12 }), { dienBien: 'x' }, { dienBien: 'x' }],
    ['integer target refuses a fraction', [fromPrev('soHoNgheo', 'tyLe')], prev({ tyLe: 12.5 }), {}, {}],
    ['integer target refuses a numeric string', [fromPrev('soHoNgheo')], prev({ soHoNgheo: '12' }), {}, {}],
    ['number target takes an integer', [fromPrev('tyLe', 'soHoNgheo')], prev({ soHoNgheo: 4 }), {}, { tyLe: 4 }],
    ['enum target refuses a value outside the enum', [fromPrev('khuVuc')], prev({ khuVuc: 'IV' }), {}, {}],
    ['enum target takes a listed value', [fromPrev('khuVuc')], prev({ khuVuc: 'II' }), {}, { khuVuc: 'II' }],
    ['object target refuses an array', [fromPrev('dienBien', 'danToc')], prev({ danToc: [] }), {}, {}],
    ['a whole repeated table at a form-level path is copied', [fromPrev('danToc')], prev({ danToc: [{ ma: '01', soHo: 2 }] }), {}, { danToc: [{ ma: '01', soHo: 2 }] }],
    ['a repeated row path is never written', [fromPrev('danToc[].soHo')], prev({ danToc: [{ soHo: 2 }] }), { danToc: [{}] }, { danToc: [{}] }],
    ['no previous period: nothing', [fromPrev('soHoNgheo')], {}, {}, {}],
    ['same-unit-form reads the named form', [{ field: 'tenXa', from: { source: 'same-unit-form', form: 'ho-so', field: 'ten' } }], { forms: { 'ho-so': { ten: 'Đồng Tâm' } } }, {}, { tenXa: 'Đồng Tâm' }],
    ['unit path into the parent chain', [{ field: 'tenTinh', from: { source: 'unit', path: 'parent.parent.name' } }], { unit }, {}, { tenTinh: 'Tỉnh Một' }],
    ['actor path', [{ field: 'nguoiLap', from: { source: 'actor', path: 'name' } }], { actor: { name: 'Nguyễn Văn An' } }, {}, { nguoiLap: 'Nguyễn Văn An' }],
    ['unit path that does not exist', [{ field: 'tenXa', from: { source: 'unit', path: 'parent.ten' } }], { unit }, {}, {}],
    ['first source with a value wins', [fromPrev('tenXa'), { field: 'tenXa', from: { source: 'unit', path: 'name' } }], prev({}), {}, { tenXa: 'Xã Đồng Tâm' }],
  ])('%s', (_name, specs, sources, base, expected) => {
    expect(prefill(form(specs), { unit, ...sources }, { base }).data).toEqual(expected);
  });

  it('lists what it filled, with where each value came from', () => {
    const specs: Spec[] = [
      fromPrev('dienBien.ngheoDauKy', 'soHoNgheo'), fromPrev('soHoNgheo'),
      { field: 'tenXa', from: { source: 'unit', path: 'name' } },
      { field: 'nguoiLap', from: { source: 'same-unit-form', form: 'ho-so', field: 'ten' } },
    ];
    const r = prefill(form(specs), { ...prev({ soHoNgheo: 7 }), unit, forms: { 'ho-so': { ten: 'An' } } }, { base: { soHoNgheo: 9 } });
    expect(r.filled).toEqual([
      { field: 'dienBien.ngheoDauKy', source: 'previous-period', from: 'soHoNgheo', periodKey: '2024' },
      { field: 'tenXa', source: 'unit', from: 'name' },
      { field: 'nguoiLap', source: 'same-unit-form', from: 'ten', form: 'ho-so' },
    ]);
  });

  it.each([
    // Only targets: the caller removes what it may not read from the sources before calling.
    ['the field itself', ['soHoNgheo'], { dienBien: { ngheoDauKy: 5 } }],
    ['an object around it', ['dienBien'], { soHoNgheo: 5 }],
    ['the nested field itself', ['dienBien.ngheoDauKy'], { soHoNgheo: 5 }],
  ])('skips target fields the caller may not see: %s', (_name, skip, expected) => {
    const specs = [fromPrev('soHoNgheo'), fromPrev('dienBien.ngheoDauKy', 'soHoNgheo')];
    expect(prefill(form(specs), prev({ soHoNgheo: 5 }), { skipFields: skip }).data).toEqual(expected);
  });

  it('never mutates the base or the sources', () => {
    const base = { dienBien: { ghiChu: 'x' } };
    const source = { danToc: [{ ma: '01' }] };
    const r = prefill(form([fromPrev('dienBien.ngheoDauKy', 'soHoNgheo'), fromPrev('danToc')]), prev({ ...source, soHoNgheo: 1 }), { base });
    (r.data.danToc as { ma: string }[])[0].ma = '02';
    expect(base).toEqual({ dienBien: { ghiChu: 'x' } });
    expect(source.danToc[0].ma).toBe('01');
  });

  it.each([
    ['a.b', { a: { b: 1 } }, 1],
    ['ancestors.1.name', { ancestors: [{ name: 'VN' }, { name: 'P1' }] }, 'P1'],
    ['a.toString', { a: {} }, undefined],
    ['a.b', { a: null }, undefined],
  ])('readPath %s', (path, source, expected) => {
    expect(readPath(source, path)).toEqual(expected);
  });
});
