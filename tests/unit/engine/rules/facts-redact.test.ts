// Facts for the fact table (aggregate declaration) and redaction of restricted fields.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/engine/rules/facts';
import { redactRestricted } from '@/engine/rules/redact';
import type { FormDefinition } from '@/engine/definitions/form';
import { ethnicForm, validData } from './fixtures/ethnic-form';

describe('extractFacts', () => {
  it('emits one fact per numeric field and one per category of a disaggregated repeat', () => {
    const data = { ...validData, tyLeHoNgheo: 25, danToc: [...validData.danToc, { ma: '01', soHo: 1, danSo: 5 }, { ma: '02', danSo: 'n/a' }] };
    expect(extractFacts(ethnicForm, data)).toEqual([
      { field: 'tongSoHo', category: null, value: 120 },
      { field: 'tyLeHoNgheo', category: null, value: 25 },
      { field: 'danToc[].danSo', category: '01', value: 85 },
      { field: 'danToc[].danSo', category: '02', value: 410 },
    ]);
  });

  it.each([
    ['sum', 6], ['avg', 2], ['min', 1], ['max', 3], ['count', 3],
  ] as const)('combines repeated rows with %s', (fn, value) => {
    const form: FormDefinition = { ...ethnicForm, aggregate: [{ field: 'danToc[].soHo', fn }] };
    expect(extractFacts(form, { danToc: [{ soHo: 1 }, { soHo: 2 }, { soHo: 3 }, {}] })).toEqual([{ field: 'danToc[].soHo', category: null, value }]);
  });

  it('skips missing and non-numeric values and "none"', () => {
    const form: FormDefinition = { ...ethnicForm, aggregate: [{ field: 'tongSoHo', fn: 'sum' }, { field: 'soHoNgheo', fn: 'none' }] };
    expect(extractFacts(form, { tongSoHo: '12', soHoNgheo: 3 })).toEqual([]);
  });
});

describe('redactRestricted', () => {
  it.each([
    [['data_entry'], false],
    [['viewer', 'approver'], true],
    [['system_admin'], true],
  ] as const)('roles %j see the restricted field: %s', (roles, visible) => {
    const out = redactRestricted(ethnicForm, validData, roles);
    expect('cccd' in (out.nguoiLap as object)).toBe(visible);
    expect(out.nguoiLap.hoTen).toBe('Lò Văn Pấng');
  });

  it('removes a restricted field from every row and leaves the input intact', () => {
    const form: FormDefinition = { ...ethnicForm, restricted: { 'danToc[].danSo': ['approver'] } };
    const out = redactRestricted(form, validData, ['viewer']);
    expect(out.danToc).toEqual([{ ma: '01', soHo: 20 }, { ma: '02', soHo: 100 }]);
    expect(validData.danToc[0].danSo).toBe(80);
  });
});
