// Prefill (FRM-3: nobody declares again what the database already holds): given the values the
// server could read for this actor (previous period, other forms of the unit, the unit, the
// account), writes each declared `prefill` into the draft. Pure, so the rules stay the same
// wherever they run: never overwrite a value already present, copy only values of the target
// field's JSON Schema type (and enum), skip the target fields the caller may not see.
// Repeated paths ('rows[].x') are not supported (which row?): the loader refuses them.
import type { FormDefinition } from '@/engine/definitions/form';
import { indexFields, type FieldInfo } from '@/engine/definitions/field-index';
import { isWithin } from './instances';

export type PrefillSource = 'previous-period' | 'same-unit-form' | 'unit' | 'actor';
type Data = Record<string, unknown>;

export interface PrefillSources {
  /** The same form's data for the previous period of the same unit, as the caller may read it. */
  previousPeriod?: { periodKey: string; data: Data } | null;
  /** Another form's newest data for the same unit, by form code. */
  forms?: Record<string, Data | null | undefined>;
  /** The unit (code, name, level, parent chain…): see UNIT_PATH_ROOTS. */
  unit?: Data | null;
  /** The signed-in account (name, username, homeUnit): see ACTOR_PATH_ROOTS. */
  actor?: Data | null;
}

export interface PrefillOptions {
  /** Data already there (an existing draft): its values are never replaced. */
  base?: Data;
  /** Target fields not to write (restricted for the caller): a prefill touching one is skipped. */
  skipFields?: readonly string[];
}

export interface FilledField {
  field: string;
  source: PrefillSource;
  /** The path read in the source (source field, or unit/actor property). */
  from: string;
  /** same-unit-form: the form read. */
  form?: string;
  /** previous-period: the period read. */
  periodKey?: string;
}

export interface PrefillResult { data: Data; filled: FilledField[] }

/** First segments a `unit` / `actor` path may start with (checked by the loader). */
export const UNIT_PATH_ROOTS = ['code', 'name', 'level', 'parent', 'ancestors', 'levels'] as const;
export const ACTOR_PATH_ROOTS = ['name', 'username', 'homeUnit'] as const;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown) => v === undefined || v === null;

/** Reads 'a.b.0.c' (numeric segments index arrays); undefined when any step is missing. */
export function readPath(source: unknown, path: string): unknown {
  let at: unknown = source;
  for (const seg of path.split('.')) {
    if (Array.isArray(at) && /^\d+$/.test(seg)) at = at[Number(seg)];
    else if (isObject(at) && Object.hasOwn(at, seg)) at = at[seg];
    else return undefined;
  }
  return at;
}

/** Whether the value fits the field's type (integer: whole numbers; enum when declared). */
export function fitsField(f: FieldInfo, v: unknown): boolean {
  const typed = f.type === 'string' ? typeof v === 'string'
    : f.type === 'integer' ? Number.isInteger(v)
      : f.type === 'number' ? typeof v === 'number' && Number.isFinite(v)
        : f.type === 'boolean' ? typeof v === 'boolean'
          : f.type === 'object' ? isObject(v) : Array.isArray(v);
  return typed && (f.enumValues === null || f.enumValues.some((e) => e === v));
}

/** Writes at a dotted path, creating missing objects; false when the slot is taken or blocked by a non-object. */
function writeIfAbsent(data: Data, path: string, value: unknown): boolean {
  const segs = path.split('.');
  let at = data;
  for (const seg of segs.slice(0, -1)) {
    if (absent(at[seg])) at[seg] = {};
    const next = at[seg];
    if (!isObject(next)) return false;
    at = next;
  }
  const last = segs[segs.length - 1];
  if (!absent(at[last])) return false;
  at[last] = structuredClone(value);
  return true;
}

export function prefill(form: FormDefinition, sources: PrefillSources, opts: PrefillOptions = {}): PrefillResult {
  const data = structuredClone(opts.base ?? {});
  const filled: FilledField[] = [];
  const specs = form.prefill ?? [];
  if (specs.length === 0) return { data, filled };
  const { fields } = indexFields(form.schema);
  const skip = opts.skipFields ?? [];
  for (const { field, from } of specs) {
    const target = fields.get(field);
    if (!target || target.repeat !== null || field.includes('[]')) continue;
    if (skip.some((s) => isWithin(field, s) || isWithin(s, field))) continue;
    let value: unknown;
    let read: string;
    const entry: Partial<FilledField> = {};
    switch (from.source) {
      case 'previous-period':
        read = from.field ?? field;
        value = sources.previousPeriod ? readPath(sources.previousPeriod.data, read) : undefined;
        entry.periodKey = sources.previousPeriod?.periodKey;
        break;
      case 'same-unit-form':
        read = from.field ?? field;
        value = from.form ? readPath(sources.forms?.[from.form], read) : undefined;
        entry.form = from.form;
        break;
      default:
        read = from.path ?? '';
        value = read ? readPath(from.source === 'unit' ? sources.unit : sources.actor, read) : undefined;
    }
    if (absent(value) || !fitsField(target, value)) continue;
    if (writeIfAbsent(data, field, value)) filled.push({ field, source: from.source, from: read, ...entry });
  }
  return { data, filled };
}
