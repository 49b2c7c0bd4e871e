// Static checks of a json-logic expression against a form's fields and the operation
// registry: every `var` must name a field (relative to the row inside map/filter/reduce
// and row rules), every operation must exist, registry operations get arity/type checks.
import type { LocalIssue } from '@/engine/core/issue';
import { schemaPathOf, type FieldInfo } from '@/engine/definitions/field-index';
import { DATE_UNITS, OPERATION_BY_NAME, PERIOD_TYPES, type ArgType } from './operations';

export const BUILTIN_OPERATIONS: ReadonlySet<string> = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and', '>', '>=', '<', '<=',
  'max', 'min', '+', '-', '*', '/', '%', 'map', 'filter', 'reduce', 'all', 'none', 'some', 'merge', 'in', 'cat', 'substr', 'log',
]);
const ARRAY_OPS = new Set(['map', 'filter', 'all', 'none', 'some']);
const CTX_VARS = new Set(['$ctx', '$ctx.now', '$ctx.today']);

/** Where vars resolve: the form root, a repeated row ('rows[]'), a value without fields, or unknown (not checked). */
export type Scope = { kind: 'fields'; base: string } | { kind: 'opaque' } | { kind: 'unknown' };

export interface LogicEnv {
  fields: Map<string, FieldInfo>;
  /** Catalog code → its item codes; used for catalog literals. */
  catalogs: Map<string, Set<string>>;
  /** Resolves a var that is not a field (e.g. report column keys); return true if valid. */
  extraVar?: (name: string) => boolean;
}

export interface LogicReport { issues: LocalIssue[]; deps: Set<string> }

const isOp = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

function literalType(v: unknown): ArgType | 'boolean' | 'null' | 'logic' {
  if (isOp(v)) return 'logic';
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'boolean' : 'any';
}

function argTypeOk(expected: ArgType, v: unknown): boolean {
  const t = literalType(v);
  if (t === 'logic' || expected === 'any') return true;
  switch (expected) {
    case 'number': return t === 'number';
    case 'string': return t === 'string';
    case 'array': return t === 'array';
    case 'date': return t === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v as string);
    case 'date-unit': return (DATE_UNITS as readonly unknown[]).includes(v);
    case 'period-type': return (PERIOD_TYPES as readonly unknown[]).includes(v);
    default: return false;
  }
}

export function analyzeLogic(logic: unknown, pointer: string, scope: Scope, env: LogicEnv, rootBase = ''): LogicReport {
  const issues: LocalIssue[] = [];
  const deps = new Set<string>();

  const resolveVar = (name: string, sc: Scope, at: string): FieldInfo | null => {
    if (sc.kind !== 'fields' || name === '' || CTX_VARS.has(name)) return null;
    if (env.extraVar?.(name)) return null;
    let base = sc.base, path = name;
    if (name === '$form' || name.startsWith('$form.')) { base = rootBase; path = name.slice(6); if (path === '') return null; }
    const resolved = schemaPathOf(env.fields, base, path);
    if (resolved === null) {
      const hint = base !== rootBase && schemaPathOf(env.fields, rootBase, path) !== null ? `; use "$form.${path}" for the form-level field` : '';
      issues.push({ pointer: at, message: `"${name}" is not a field of the form${base ? ` (inside ${base})` : ''}${hint}` });
      return null;
    }
    deps.add(resolved);
    return env.fields.get(resolved) ?? null;
  };

  const itemScope = (source: unknown, sc: Scope): Scope => {
    if (!isOp(source) || sc.kind !== 'fields') return { kind: 'unknown' };
    const [op] = Object.keys(source);
    const args = source[op];
    if (op === 'var') {
      const name = Array.isArray(args) ? args[0] : args;
      if (typeof name !== 'string') return { kind: 'unknown' };
      const base = name.startsWith('$form.') ? rootBase : sc.base;
      const f = env.fields.get(schemaPathOf(env.fields, base, name.replace(/^\$form\./, '')) ?? '');
      if (f?.type !== 'array') return { kind: 'unknown' };
      return f.itemType === 'object' ? { kind: 'fields', base: `${f.path}[]` } : { kind: 'opaque' };
    }
    if (op === 'filter' && Array.isArray(args)) return itemScope(args[0], sc);
    return { kind: 'unknown' };
  };

  const catalogLiteral = (fieldInfo: FieldInfo | null, v: unknown, at: string) => {
    if (!fieldInfo?.catalog || typeof v !== 'string') return;
    const items = env.catalogs.get(fieldInfo.catalog);
    if (items && !items.has(v)) issues.push({ pointer: at, message: `"${v}" is not a code of catalog "${fieldInfo.catalog}"` });
  };
  const varField = (v: unknown, sc: Scope): FieldInfo | null => {
    if (!isOp(v) || !('var' in v) || sc.kind !== 'fields') return null;
    const name = Array.isArray(v.var) ? v.var[0] : v.var;
    if (typeof name !== 'string' || name === '') return null;
    const p = name.startsWith('$form.') ? schemaPathOf(env.fields, rootBase, name.slice(6)) : schemaPathOf(env.fields, sc.base, name);
    return p ? env.fields.get(p) ?? null : null;
  };

  const walk = (node: unknown, at: string, sc: Scope): void => {
    if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${at}/${i}`, sc)); return; }
    if (!isOp(node)) return;
    const keys = Object.keys(node);
    if (keys.length !== 1) { issues.push({ pointer: at, message: 'a json-logic operation is an object with exactly one key' }); return; }
    const op = keys[0];
    const raw = node[op];
    const args = Array.isArray(raw) ? raw : [raw];
    const argAt = (i: number) => (Array.isArray(raw) ? `${at}/${esc(op)}/${i}` : `${at}/${esc(op)}`);
    if (op === 'var') {
      if (typeof args[0] === 'string') resolveVar(args[0], sc, argAt(0));
      else if (typeof args[0] === 'number') resolveVar(String(args[0]), sc, argAt(0));
      else walk(args[0], argAt(0), sc);
      return;
    }
    if (op === 'missing' || op === 'missing_some') {
      const names = op === 'missing' ? args : Array.isArray(args[1]) ? args[1] : [];
      names.forEach((n, i) => (typeof n === 'string' ? resolveVar(n, sc, op === 'missing' ? argAt(i) : `${argAt(1)}/${i}`) : walk(n, argAt(i), sc)));
      return;
    }
    if (ARRAY_OPS.has(op) || op === 'reduce') {
      if (args.length < 2) issues.push({ pointer: `${at}/${esc(op)}`, message: `"${op}" needs an array and an expression` });
      walk(args[0], argAt(0), sc);
      const inner = itemScope(args[0], sc);
      if (op === 'reduce') {
        walk(args[1], argAt(1), { kind: 'unknown' });
        checkReduceVars(args[1], argAt(1), inner);
        if (args.length > 2) walk(args[2], argAt(2), sc);
      } else walk(args[1], argAt(1), inner);
      return;
    }
    const spec = OPERATION_BY_NAME.get(op);
    if (!BUILTIN_OPERATIONS.has(op) && !spec) {
      issues.push({ pointer: `${at}/${esc(op)}`, message: `unknown operation "${op}"` });
      return;
    }
    args.forEach((a, i) => walk(a, argAt(i), sc));
    if (['==', '===', '!=', '!=='].includes(op) && args.length === 2) {
      catalogLiteral(varField(args[0], sc), args[1], argAt(1));
      catalogLiteral(varField(args[1], sc), args[0], argAt(0));
    }
    if (op === 'in' && Array.isArray(args[1])) args[1].forEach((v, i) => catalogLiteral(varField(args[0], sc), v, `${argAt(1)}/${i}`));
    if (spec) {
      if (args.length < spec.minArgs || args.length > spec.args.length) {
        const range = spec.minArgs === spec.args.length ? `${spec.minArgs}` : `${spec.minArgs}–${spec.args.length}`;
        issues.push({ pointer: `${at}/${esc(op)}`, message: `"${op}" takes ${range} argument(s), got ${args.length}` });
      }
      args.slice(0, spec.args.length).forEach((a, i) => {
        if (!argTypeOk(spec.args[i], a)) issues.push({ pointer: argAt(i), message: `argument ${i + 1} of "${op}" must be ${spec.args[i]}, got ${JSON.stringify(a)}` });
      });
      if (op === 'workdays_add' && typeof args[2] === 'string' && !env.catalogs.get(args[2])) issues.push({ pointer: argAt(2), message: `catalog "${args[2]}" does not exist` });
      if ((op === 'catalog_has' || op === 'catalog_name' || op === 'catalog_attr') && typeof args[0] === 'string') {
        const items = env.catalogs.get(args[0]);
        if (!items) issues.push({ pointer: argAt(0), message: `catalog "${args[0]}" does not exist` });
        else if (typeof args[1] === 'string' && !items.has(args[1])) issues.push({ pointer: argAt(1), message: `"${args[1]}" is not a code of catalog "${args[0]}"` });
      }
    }
  };

  // Inside reduce only `current` (the row) and `accumulator` exist.
  const checkReduceVars = (node: unknown, at: string, item: Scope): void => {
    if (Array.isArray(node)) { node.forEach((n, i) => checkReduceVars(n, `${at}/${i}`, item)); return; }
    if (!isOp(node)) return;
    const [op] = Object.keys(node);
    const raw = node[op];
    if (op === 'var') {
      const name = Array.isArray(raw) ? raw[0] : raw;
      const vat = Array.isArray(raw) ? `${at}/var/0` : `${at}/var`;
      if (typeof name !== 'string' || name === '' || name === 'accumulator' || name.startsWith('accumulator.') || name === 'current') return;
      if (name.startsWith('current.')) resolveVar(name.slice(8), item, vat);
      else issues.push({ pointer: vat, message: `inside "reduce" only "current" and "accumulator" exist, not "${name}"` });
      return;
    }
    (Array.isArray(raw) ? raw : [raw]).forEach((a, i) => checkReduceVars(a, Array.isArray(raw) ? `${at}/${esc(op)}/${i}` : `${at}/${esc(op)}`, item));
  };

  walk(logic, pointer, scope);
  return { issues, deps };
}
