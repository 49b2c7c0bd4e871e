// JSON Schema checking of submitted data on the server, so a client that skips the browser
// form (an integrator, a script, a tampered page) meets the same type, bound, enum and
// required checks the officer sees. An interpreter over the keywords form definitions use
// (no code generation), with bilingual messages and concrete field paths ('rows[2].x').
// `required` is checked only when asked: a draft may be incomplete, a submission may not.
import type { Text } from './operations';

export interface SchemaIssue {
  keyword: string;
  /** Concrete field path of the offending value ('' for the root). */
  field: string;
  message: Text;
}

type Schema = Record<string, unknown>;

const TYPE_NAMES: Record<string, Text> = {
  integer: { vi: 'số nguyên', en: 'an integer' }, number: { vi: 'số', en: 'a number' }, string: { vi: 'chữ', en: 'text' },
  boolean: { vi: 'đúng/sai', en: 'true/false' }, array: { vi: 'danh sách', en: 'a list' }, object: { vi: 'nhóm trường', en: 'a group' },
  null: { vi: 'trống', en: 'empty' },
};

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'array': return Array.isArray(v);
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'null': return v === null;
    default: return typeof v === type;
  }
}

const isDate = (v: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};
const FORMATS: Record<string, [(v: string) => boolean, Text]> = {
  date: [isDate, { vi: 'Phải là ngày hợp lệ (yyyy-MM-dd).', en: 'Must be a valid date (yyyy-MM-dd).' }],
  email: [(v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Not a valid e-mail address.' }],
};

const child = (path: string, key: string) => (path ? `${path}.${key}` : key);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Walk { required: boolean; out: SchemaIssue[] }

function check(schema: unknown, v: unknown, path: string, w: Walk): void {
  if (typeof schema !== 'object' || schema === null || v === undefined) return;
  const s = schema as Schema;
  const add = (keyword: string, message: Text) => void w.out.push({ keyword, field: path, message });
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  if (types.length && !types.some((t) => typeOk(t, v))) {
    const name = TYPE_NAMES[types[0]] ?? { vi: types[0], en: types[0] };
    return add('type', { vi: `Phải là ${name.vi}.`, en: `Must be ${name.en}.` });
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => same(e, v))) add('enum', { vi: 'Giá trị không có trong danh sách cho phép.', en: 'Not an allowed value.' });
  if (s.const !== undefined && !same(s.const, v)) add('const', { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' });
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && v < s.minimum) add('minimum', { vi: `Không được nhỏ hơn ${s.minimum}.`, en: `Must be at least ${s.minimum}.` });
    if (typeof s.maximum === 'number' && v > s.maximum) add('maximum', { vi: `Không được lớn hơn ${s.maximum}.`, en: `Must be at most ${s.maximum}.` });
    if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) add('exclusiveMinimum', { vi: `Phải lớn hơn ${s.exclusiveMinimum}.`, en: `Must be more than ${s.exclusiveMinimum}.` });
    if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) add('exclusiveMaximum', { vi: `Phải nhỏ hơn ${s.exclusiveMaximum}.`, en: `Must be less than ${s.exclusiveMaximum}.` });
  }
  // An empty text box is a missing value (the required check's business), not a short one.
  if (typeof v === 'string' && v !== '') {
    if (typeof s.minLength === 'number' && [...v].length < s.minLength) add('minLength', { vi: `Cần ít nhất ${s.minLength} ký tự.`, en: `At least ${s.minLength} characters.` });
    if (typeof s.maxLength === 'number' && [...v].length > s.maxLength) add('maxLength', { vi: `Tối đa ${s.maxLength} ký tự.`, en: `At most ${s.maxLength} characters.` });
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) add('pattern', { vi: 'Không đúng định dạng.', en: 'Wrong format.' });
    const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
    if (format && !format[0](v)) add('format', format[1]);
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) add('minItems', { vi: `Cần ít nhất ${s.minItems} dòng.`, en: `At least ${s.minItems} rows.` });
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) add('maxItems', { vi: `Tối đa ${s.maxItems} dòng.`, en: `At most ${s.maxItems} rows.` });
    if (s.items && !Array.isArray(s.items)) v.forEach((item, i) => check(s.items, item, `${path}[${i}]`, w));
  }
  if (typeOk('object', v)) {
    const o = v as Record<string, unknown>;
    if (w.required) {
      for (const key of (s.required as string[] | undefined) ?? []) {
        if (o[key] === undefined || o[key] === null || o[key] === '') w.out.push({ keyword: 'required', field: child(path, key), message: { vi: 'Bắt buộc nhập.', en: 'Required.' } });
      }
    }
    for (const [key, sub] of Object.entries((s.properties as Record<string, unknown>) ?? {})) check(sub, o[key], child(path, key), w);
  }
  for (const sub of (s.allOf as unknown[]) ?? []) check(sub, v, path, w);
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => valid(sub, v))) add('anyOf', { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' });
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => valid(sub, v)).length !== 1) add('oneOf', { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' });
  if (s.if !== undefined) check(valid(s.if, v) ? s.then : s.else, v, path, w);
}

function valid(schema: unknown, v: unknown): boolean {
  const w: Walk = { required: true, out: [] };
  check(schema, v, '', w);
  return w.out.length === 0;
}

/** Issues of `data` against the form's schema; `required` adds missing required fields. */
export function checkSchema(schema: unknown, data: unknown, opts: { required: boolean }): SchemaIssue[] {
  const w: Walk = { required: opts.required, out: [] };
  check(schema, data ?? {}, '', w);
  // A keyword can fail twice at one place (a field's own bound and an if/then bound): say it once.
  const seen = new Set<string>();
  return w.out.filter((i) => !seen.has(`${i.keyword}@${i.field}`) && seen.add(`${i.keyword}@${i.field}`));
}
