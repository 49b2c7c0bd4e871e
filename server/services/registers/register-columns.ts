// The columns of a register's spreadsheet, derived from the form's JSON Schema: top-level
// scalar fields in declaration order (computed fields left out, the rules fill them), with
// their Vietnamese title, type, choices (code + label) and the limits the import checks.
import type { FormDefinition } from '@/engine/definitions/form';

export type ColumnKind = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface ColumnOption { value: string | number; label: string }

export interface RegisterColumn {
  code: string;
  title: string;
  titleEn: string;
  kind: ColumnKind;
  /** Excel column letter in templates and exports: A, B, … */
  letter: string;
  required: boolean;
  options?: ColumnOption[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export function columnLetter(index: number): string {
  let n = index + 1, s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function titleOf(node: Node, code: string, lang: 'vi' | 'en'): string {
  const t = node.title;
  if (typeof t === 'string') return t;
  if (isNode(t) && typeof t[lang] === 'string') return t[lang] as string;
  if (isNode(t) && typeof t.vi === 'string') return t.vi as string;
  return code;
}

function optionsOf(node: Node): ColumnOption[] | undefined {
  if (Array.isArray(node.oneOf)) {
    const opts = node.oneOf.filter(isNode).filter((o) => typeof o.const === 'string' || typeof o.const === 'number')
      .map((o) => ({ value: o.const as string | number, label: typeof o.title === 'string' ? o.title : String(o.const) }));
    return opts.length ? opts : undefined;
  }
  if (Array.isArray(node.enum)) {
    const names = Array.isArray(node.enumNames) ? node.enumNames : [];
    return node.enum.filter((v) => typeof v === 'string' || typeof v === 'number')
      .map((v, i) => ({ value: v as string | number, label: typeof names[i] === 'string' ? (names[i] as string) : String(v) }));
  }
  return undefined;
}

function kindOf(node: Node): ColumnKind | null {
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  if (type === 'string') return node.format === 'date' ? 'date' : 'string';
  return null;
}

/**
 * Fields in the form's display order: the uiSchema's 'ui:order' ('*' = the rest), else as
 * stored (definitions live in jsonb, which does not keep the authored key order).
 */
export function orderedFields(form: FormDefinition): [string, unknown][] {
  const props = form.schema.properties;
  const order = form.uiSchema?.['ui:order'];
  if (!Array.isArray(order)) return Object.entries(props);
  const named = order.filter((k): k is string => typeof k === 'string' && k !== '*' && k in props);
  const rest = Object.keys(props).filter((k) => !named.includes(k));
  const star = order.indexOf('*');
  const keys = star < 0 ? [...named, ...rest] : [...named.slice(0, star), ...rest, ...named.slice(star)];
  return keys.map((k) => [k, props[k]]);
}

export function registerColumns(form: FormDefinition): RegisterColumn[] {
  const computed = new Set((form.rules?.computed ?? []).map((c) => c.field));
  const required = new Set(form.schema.required ?? []);
  const out: RegisterColumn[] = [];
  for (const [code, raw] of orderedFields(form)) {
    if (!isNode(raw) || computed.has(code) || raw.readOnly === true) continue;
    const kind = kindOf(raw);
    if (!kind) continue;
    out.push({
      code, kind, letter: columnLetter(out.length), required: required.has(code),
      title: titleOf(raw, code, 'vi'), titleEn: titleOf(raw, code, 'en'), options: optionsOf(raw),
      ...(typeof raw.minimum === 'number' ? { minimum: raw.minimum } : {}),
      ...(typeof raw.maximum === 'number' ? { maximum: raw.maximum } : {}),
      ...(typeof raw.maxLength === 'number' ? { maxLength: raw.maxLength } : {}),
    });
  }
  return out;
}

/** Every top-level field with its title, computed ones included (for exports and the list). */
export function displayColumns(form: FormDefinition): RegisterColumn[] {
  const base = registerColumns(form);
  const known = new Set(base.map((c) => c.code));
  for (const [code, raw] of orderedFields(form)) {
    if (known.has(code) || !isNode(raw)) continue;
    const kind = kindOf(raw);
    if (!kind) continue;
    base.push({ code, kind, letter: columnLetter(base.length), required: false, title: titleOf(raw, code, 'vi'), titleEn: titleOf(raw, code, 'en'), options: optionsOf(raw) });
  }
  return base;
}
