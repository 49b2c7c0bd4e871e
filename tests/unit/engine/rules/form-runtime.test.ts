// Behaviour of runFormRules: computed order, visibility-gated validation, row rules,
// cross-row totals and the warning-needs-explanation rule (FRM-7).
import { describe, expect, it } from 'vitest';
import { runFormRules } from '@/engine/rules/form-runtime';
import type { FormDefinition } from '@/engine/definitions/form';
import { ethnicForm, validData } from './fixtures/ethnic-form';

const ids = (r: ReturnType<typeof runFormRules>) => r.issues.map((i) => `${i.ruleId}@${i.field}`);

describe('runFormRules', () => {
  it('fills computed fields in dependency order, including per-row ones', () => {
    const r = runFormRules(ethnicForm, validData);
    expect(r.data.tyLeHoNgheo).toBe(25);
    expect(r.data.tongDanSo).toBe(490);
    expect((r.data.danToc as { binhQuan: number }[]).map((x) => x.binhQuan)).toEqual([4, 4.1]);
    expect(r.issues).toEqual([]);
    expect(r.blocking).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(validData);
    runFormRules(ethnicForm, input);
    expect(input).toEqual(validData);
  });

  it.each([
    ['poor > total blocks', { soHoNgheo: 130, tongSoHo: 130, danToc: [{ ma: '01', soHo: 130, danSo: 500 }] }, ['ty-le-cao@tyLeHoNgheo']],
    ['rows must add up to the total', { tongSoHo: 121 }, ['tong-ho-khop@tongSoHo']],
    ['row rule names the row', { danToc: [{ ma: '01', soHo: 90, danSo: 80 }, { ma: '02', soHo: 30, danSo: 40 }] }, ['dong-ho-le-dan@danToc[0].soHo']],
    ['row rule with "when" skipped when the row has no population', { danToc: [{ ma: '01', soHo: 120 }] }, []],
    ['hidden field rules do not fire', { coTruongHoc: false, soTruongHoc: 0 }, []],
    ['visible field rules fire', { coTruongHoc: true, soTruongHoc: 0 }, ['truong-duong@soTruongHoc']],
  ])('%s', (_name, patch, expected) => {
    expect(ids(runFormRules(ethnicForm, { ...validData, ...patch }))).toEqual(expected);
  });

  it('reports hidden fields', () => {
    expect(runFormRules(ethnicForm, { ...validData, coTruongHoc: false }).hidden).toEqual(['soTruongHoc']);
  });

  it.each([
    ['unexplained warning blocks and asks for an explanation', undefined, true, true],
    ['explained by rule id', { 'ty-le-cao': 'Xã mới sáp nhập, số liệu đã kiểm tra.' }, false, false],
    ['explained for the field', { 'ty-le-cao@tyLeHoNgheo': 'Đã xác minh.' }, false, false],
    ['blank explanation does not count', { 'ty-le-cao': '  ' }, true, true],
  ])('%s', (_name, explanations, needs, blocking) => {
    const r = runFormRules(ethnicForm, { ...validData, soHoNgheo: 70 }, { explanations });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ ruleId: 'ty-le-cao', severity: 'warning', needsExplanation: needs });
    expect(r.blocking).toBe(blocking);
  });

  it('an error blocks even when "explained"', () => {
    const r = runFormRules(ethnicForm, { ...validData, tongSoHo: 10 }, { explanations: { 'tong-ho-khop': 'x', 'ngheo-le-tong': 'x', 'ty-le-cao': 'x' } });
    expect(r.blocking).toBe(true);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.ruleId)).toEqual(['ngheo-le-tong', 'tong-ho-khop']);
    expect(r.issues.filter((i) => i.needsExplanation)).toEqual([]);
  });

  it('gives rules the injected time through $ctx', () => {
    const form: FormDefinition = {
      ...ethnicForm, code: 'ctx', rules: { computed: [{ field: 'nguoiLap.hoTen', logic: { cat: [{ var: '$ctx.today' }, '|', { var: '$ctx.now' }] } }], visibility: [], validations: [] },
    };
    const r = runFormRules(form, {}, { now: new Date('2025-12-31T18:30:00Z') });
    expect((r.data.nguoiLap as { hoTen: string }).hoTen).toBe('2026-01-01|2025-12-31T18:30:00.000Z');
  });

  it('a computed value that is not finite is stored as null', () => {
    const r = runFormRules(ethnicForm, { ...validData, tongSoHo: 0, soHoNgheo: 0, danToc: [] });
    expect(r.data.tyLeHoNgheo).toBeNull();
  });
});
