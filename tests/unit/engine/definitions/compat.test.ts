// compareFormVersions: which schema changes keep data entered under the previous version valid.
import { describe, expect, it } from 'vitest';
import { compareFormVersions } from '@/engine/definitions/compat';
import type { FormDefinition } from '@/engine/definitions/form';

const v1: FormDefinition = {
  kind: 'form', code: 'ho-ngheo', version: 1, title: { vi: 'Phiếu rà soát hộ' }, formKind: 'register', workflow: 'duyet', enteredAt: ['commune'],
  schema: {
    type: 'object', required: ['chuHo'],
    properties: {
      chuHo: { type: 'string', title: 'Chủ hộ', maxLength: 100 },
      soNhanKhau: { type: 'integer', minimum: 1 },
      khuVuc: { type: 'string', enum: ['thanh-thi', 'nong-thon'] },
      thanhVien: { type: 'array', items: { type: 'object', properties: { hoTen: { type: 'string' }, namSinh: { type: 'integer' } } } },
    },
  },
};
type Props = Record<string, Record<string, unknown>>;
const withSchema = (edit: (props: Props, required: string[]) => void): FormDefinition => {
  const schema = structuredClone(v1.schema) as FormDefinition['schema'] & { properties: Props; required: string[] };
  edit(schema.properties, schema.required);
  return { ...v1, version: 2, schema };
};
const summary = (next: FormDefinition) => {
  const r = compareFormVersions(v1, next);
  return { compatible: r.compatible, changes: r.changes.map((c) => `${c.kind} ${c.pointer} ${c.compatible}`) };
};

describe('compareFormVersions', () => {
  it.each([
    ['no change', withSchema(() => {}), true, []],
    ['added optional field', withSchema((p) => { p.ghiChu = { type: 'string' }; }), true, ['added-optional /schema/properties/ghiChu true']],
    ['added required field', withSchema((p, r) => { p.cccd = { type: 'string' }; r.push('cccd'); }), false, ['added-required /schema/properties/cccd false']],
    ['removed field', withSchema((p) => { delete p.khuVuc; }), false, ['removed /schema/properties/khuVuc false']],
    ['removed row field', withSchema((p) => { delete (p.thanhVien.items as { properties: Props }).properties.namSinh; }), false, ['removed /schema/properties/thanhVien/items/properties/namSinh false']],
    ['type changed', withSchema((p) => { p.soNhanKhau = { type: 'string' }; }), false, ['type-changed /schema/properties/soNhanKhau false', 'constraint-relaxed /schema/properties/soNhanKhau true']],
    ['integer widened to number', withSchema((p) => { p.soNhanKhau = { type: 'number', minimum: 1 }; }), true, ['type-widened /schema/properties/soNhanKhau true']],
    ['enum value removed', withSchema((p) => { p.khuVuc.enum = ['nong-thon']; }), false, ['enum-narrowed /schema/properties/khuVuc false']],
    ['enum widened', withSchema((p) => { p.khuVuc.enum = ['thanh-thi', 'nong-thon', 'mien-nui']; }), true, ['enum-widened /schema/properties/khuVuc true']],
    ['label changed', withSchema((p) => { p.chuHo.title = 'Họ tên chủ hộ'; }), true, ['label-changed /schema/properties/chuHo true']],
    ['made required', withSchema((_p, r) => { r.push('soNhanKhau'); }), false, ['made-required /schema/properties/soNhanKhau false']],
    ['made optional', withSchema((_p, r) => { r.length = 0; }), true, ['made-optional /schema/properties/chuHo true']],
    ['max length tightened', withSchema((p) => { p.chuHo.maxLength = 50; }), false, ['constraint-tightened /schema/properties/chuHo false']],
    ['minimum relaxed', withSchema((p) => { p.soNhanKhau.minimum = 0; }), true, ['constraint-relaxed /schema/properties/soNhanKhau true']],
  ])('%s', (_name, next, compatible, changes) => {
    expect(summary(next)).toEqual({ compatible, changes });
  });

  it('explains each change in Vietnamese and English', () => {
    const [change] = compareFormVersions(v1, withSchema((p) => { delete p.khuVuc; })).changes;
    expect(change.message).toEqual({ vi: 'Xóa trường "khuVuc": dữ liệu cũ của trường này sẽ mất.', en: 'Field "khuVuc" removed: its existing data would be lost.' });
  });
});
