// A JSON-Schema validator for RJSF that interprets the schema instead of compiling it: the
// app's Content-Security-Policy forbids eval, so AJV cannot compile in the browser. Covers
// the keywords form definitions use (type, required, enum/const, bounds, lengths, pattern,
// items, allOf/anyOf/oneOf, if/then/else) with Vietnamese messages; honours the form's transformErrors.
import { toErrorSchema, type RJSFSchema, type RJSFValidationError, type ValidatorType } from '@rjsf/utils';

type Schema = Record<string, unknown>;
type Say = (vi: string, en: string) => string;

const say: Say = (vi, en) => (typeof document !== 'undefined' && document.documentElement.lang === 'en' ? en : vi);

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

const TYPE_NAMES: Record<string, [string, string]> = {
  integer: ['số nguyên', 'an integer'], number: ['số', 'a number'], string: ['chữ', 'text'], boolean: ['đúng/sai', 'true/false'],
  array: ['danh sách', 'a list'], object: ['nhóm trường', 'a group'], null: ['trống', 'empty'],
};

function check(schema: unknown, v: unknown, path: string[], out: RJSFValidationError[]): void {
  if (typeof schema !== 'object' || schema === null) return;
  const s = schema as Schema;
  const add = (name: string, message: string) => void out.push({ name, message, property: path.length ? `.${path.join('.')}` : '.', stack: message, params: {} });
  if (v === undefined) return;
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  if (types.length && !types.some((t) => typeOk(t, v))) {
    const [vi, en] = TYPE_NAMES[types[0]] ?? [types[0], types[0]];
    add('type', say(`Phải là ${vi}.`, `Must be ${en}.`));
    return;
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) add('enum', say('Giá trị không có trong danh sách cho phép.', 'Not an allowed value.'));
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(v)) add('const', say('Giá trị không hợp lệ.', 'Invalid value.'));
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && v < s.minimum) add('minimum', say(`Không được nhỏ hơn ${s.minimum}.`, `Must be at least ${s.minimum}.`));
    if (typeof s.maximum === 'number' && v > s.maximum) add('maximum', say(`Không được lớn hơn ${s.maximum}.`, `Must be at most ${s.maximum}.`));
    if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) add('exclusiveMinimum', say(`Phải lớn hơn ${s.exclusiveMinimum}.`, `Must be more than ${s.exclusiveMinimum}.`));
    if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) add('exclusiveMaximum', say(`Phải nhỏ hơn ${s.exclusiveMaximum}.`, `Must be less than ${s.exclusiveMaximum}.`));
  }
  if (typeof v === 'string') {
    if (typeof s.minLength === 'number' && v.length < s.minLength) add('minLength', say(`Cần ít nhất ${s.minLength} ký tự.`, `At least ${s.minLength} characters.`));
    if (typeof s.maxLength === 'number' && v.length > s.maxLength) add('maxLength', say(`Tối đa ${s.maxLength} ký tự.`, `At most ${s.maxLength} characters.`));
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) add('pattern', say('Không đúng định dạng.', 'Wrong format.'));
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) add('minItems', say(`Cần ít nhất ${s.minItems} dòng.`, `At least ${s.minItems} rows.`));
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) add('maxItems', say(`Tối đa ${s.maxItems} dòng.`, `At most ${s.maxItems} rows.`));
    if (s.items && !Array.isArray(s.items)) v.forEach((item, i) => check(s.items, item, [...path, String(i)], out));
  }
  if (typeOk('object', v)) {
    const o = v as Record<string, unknown>;
    for (const key of (s.required as string[] | undefined) ?? []) {
      if (o[key] === undefined || o[key] === null || o[key] === '') out.push({ name: 'required', message: say('Bắt buộc nhập.', 'Required.'), property: `.${[...path, key].join('.')}`, stack: 'required', params: { missingProperty: key } });
    }
    for (const [key, sub] of Object.entries((s.properties as Record<string, unknown>) ?? {})) check(sub, o[key], [...path, key], out);
  }
  for (const sub of (s.allOf as unknown[]) ?? []) check(sub, v, path, out);
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => valid(sub, v))) add('anyOf', say('Giá trị không hợp lệ.', 'Invalid value.'));
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => valid(sub, v)).length !== 1) add('oneOf', say('Giá trị không hợp lệ.', 'Invalid value.'));
  if (s.if !== undefined) check(valid(s.if, v) ? s.then : s.else, v, path, out);
}

function valid(schema: unknown, v: unknown): boolean {
  const out: RJSFValidationError[] = [];
  check(schema, v, [], out);
  return out.length === 0;
}

export const schemaValidator: ValidatorType = {
  validateFormData(formData, schema, _customValidate, transformErrors, uiSchema) {
    const found: RJSFValidationError[] = [];
    check(schema, formData ?? {}, [], found);
    const errors = transformErrors ? transformErrors(found, uiSchema) : found;
    return { errors, errorSchema: toErrorSchema(errors) };
  },
  isValid: (schema: RJSFSchema, formData) => valid(schema, formData),
  rawValidation(schema: RJSFSchema, formData) {
    const errors: RJSFValidationError[] = [];
    check(schema, formData, [], errors);
    return { errors: errors as never[] };
  },
};
