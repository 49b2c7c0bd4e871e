// Compares two versions of a form so an admin sees, before publishing, whether data entered
// under the old version still fits the new one (ODK refuses type changes; so do we).
import type { Message } from './common';
import { indexFields, type FieldInfo } from './field-index';
import type { FormDefinition } from './form';

export type ChangeKind =
  | 'added-optional' | 'added-required' | 'removed' | 'type-changed' | 'type-widened'
  | 'enum-narrowed' | 'enum-widened' | 'catalog-changed' | 'made-required' | 'made-optional'
  | 'constraint-tightened' | 'constraint-relaxed' | 'label-changed';

export interface FormChange { pointer: string; field: string; kind: ChangeKind; compatible: boolean; message: Message }
export interface Compatibility { compatible: boolean; changes: FormChange[] }

const INCOMPATIBLE: ReadonlySet<ChangeKind> = new Set(['added-required', 'removed', 'type-changed', 'enum-narrowed', 'catalog-changed', 'made-required', 'constraint-tightened']);
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems'] as const;

const TEXT: Record<ChangeKind, (f: string, d: string) => Message> = {
  'added-optional': (f) => ({ vi: `Thêm trường không bắt buộc "${f}".`, en: `Optional field "${f}" added.` }),
  'added-required': (f) => ({ vi: `Thêm trường bắt buộc "${f}": dữ liệu cũ sẽ thiếu trường này.`, en: `Required field "${f}" added: existing data lacks it.` }),
  removed: (f) => ({ vi: `Xóa trường "${f}": dữ liệu cũ của trường này sẽ mất.`, en: `Field "${f}" removed: its existing data would be lost.` }),
  'type-changed': (f, d) => ({ vi: `Đổi kiểu dữ liệu của "${f}" (${d}).`, en: `Type of "${f}" changed (${d}).` }),
  'type-widened': (f, d) => ({ vi: `Mở rộng kiểu dữ liệu của "${f}" (${d}).`, en: `Type of "${f}" widened (${d}).` }),
  'enum-narrowed': (f, d) => ({ vi: `Bỏ giá trị khỏi danh sách chọn của "${f}": ${d}.`, en: `Values removed from the choices of "${f}": ${d}.` }),
  'enum-widened': (f, d) => ({ vi: `Thêm giá trị vào danh sách chọn của "${f}": ${d}.`, en: `Values added to the choices of "${f}": ${d}.` }),
  'catalog-changed': (f, d) => ({ vi: `Đổi danh mục của "${f}" (${d}).`, en: `Catalog of "${f}" changed (${d}).` }),
  'made-required': (f) => ({ vi: `Trường "${f}" trở thành bắt buộc.`, en: `Field "${f}" became required.` }),
  'made-optional': (f) => ({ vi: `Trường "${f}" không còn bắt buộc.`, en: `Field "${f}" is no longer required.` }),
  'constraint-tightened': (f, d) => ({ vi: `Ràng buộc của "${f}" chặt hơn (${d}).`, en: `Constraint on "${f}" tightened (${d}).` }),
  'constraint-relaxed': (f, d) => ({ vi: `Ràng buộc của "${f}" nới lỏng (${d}).`, en: `Constraint on "${f}" relaxed (${d}).` }),
  'label-changed': (f) => ({ vi: `Đổi nhãn của trường "${f}".`, en: `Label of field "${f}" changed.` }),
};

export function compareFormVersions(prev: FormDefinition, next: FormDefinition): Compatibility {
  const before = indexFields(prev.schema).fields;
  const after = indexFields(next.schema).fields;
  const changes: FormChange[] = [];
  const add = (f: FieldInfo, kind: ChangeKind, detail = '') =>
    changes.push({ pointer: f.pointer, field: f.path, kind, compatible: !INCOMPATIBLE.has(kind), message: TEXT[kind](f.path, detail) });

  for (const [path, old] of before) if (!after.has(path)) add(old, 'removed');
  for (const [path, cur] of after) {
    const old = before.get(path);
    if (!old) { add(cur, cur.required ? 'added-required' : 'added-optional'); continue; }
    if (old.type !== cur.type || old.itemType !== cur.itemType) {
      const widened = old.type === 'integer' && cur.type === 'number';
      add(cur, widened ? 'type-widened' : 'type-changed', `${old.itemType ? `${old.type}<${old.itemType}>` : old.type} → ${cur.itemType ? `${cur.type}<${cur.itemType}>` : cur.type}`);
    }
    if (old.catalog !== cur.catalog) add(cur, 'catalog-changed', `${old.catalog ?? '—'} → ${cur.catalog ?? '—'}`);
    if (cur.enumValues) {
      const was = new Set((old.enumValues ?? []).map(String));
      const now = new Set(cur.enumValues.map(String));
      const removed = old.enumValues ? [...was].filter((v) => !now.has(v)) : [];
      const added = [...now].filter((v) => !was.has(v));
      if (!old.enumValues) add(cur, 'enum-narrowed', `now limited to ${[...now].join(', ')}`);
      else if (removed.length) add(cur, 'enum-narrowed', removed.join(', '));
      if (old.enumValues && added.length) add(cur, 'enum-widened', added.join(', '));
    } else if (old.enumValues) add(cur, 'enum-widened', 'any value');
    if (!old.required && cur.required) add(cur, 'made-required');
    if (old.required && !cur.required) add(cur, 'made-optional');
    for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
      const a = old.node[key], b = cur.node[key];
      if (a === b) continue;
      const lower = (LOWER_BOUNDS as readonly string[]).includes(key);
      const tighter = typeof b === 'number' && (typeof a !== 'number' || (lower ? b > a : b < a));
      add(cur, tighter ? 'constraint-tightened' : 'constraint-relaxed', `${key} ${a ?? '—'} → ${b ?? '—'}`);
    }
    if (JSON.stringify(old.node.title) !== JSON.stringify(cur.node.title) || JSON.stringify(old.node.description) !== JSON.stringify(cur.node.description)) add(cur, 'label-changed');
  }
  return { compatible: changes.every((c) => c.compatible), changes };
}
