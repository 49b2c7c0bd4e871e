// What the rest of the server asks about a form's protected fields (SEC-2, SEC-5): which
// paths a reader may not see, the data an export/report may show, what goes into the search
// text and the fact table (neither restricted nor encrypted values: see docs/hardening.md).
import type { RoleName } from '@/engine/access/actor';
import type { FormDefinition } from '@/engine/definitions/form';
import { redactRestricted } from '@/engine/rules/redact';
import { isWithin } from '@/engine/rules/instances';
import { withoutPaths, type DiffEntry } from '@/server/services/submissions/data-diff';
import { encryptValue, isEnvelope } from './envelope';
import { openData } from './seal-data';

/** Restricted paths whose named roles include none of `roles`. */
export function hiddenFor(form: FormDefinition, roles: readonly RoleName[]): string[] {
  return Object.entries(form.restricted ?? {}).filter(([, allowed]) => !allowed.some((r) => roles.includes(r))).map(([p]) => p);
}

export function sensitivePaths(form: FormDefinition): string[] {
  return [...new Set([...Object.keys(form.restricted ?? {}), ...(form.encrypted ?? [])])];
}

/**
 * Stored data (raw SQL rows included) as a reader with `roles` may see it: envelopes
 * opened, restricted fields removed. Exports and reports call this for every row.
 */
export function readableData<T>(form: FormDefinition, stored: T, roles: readonly RoleName[]): T {
  return redactRestricted(form, openData(stored), roles);
}

/** The data without any restricted or encrypted value (search text, anything not per reader). */
export function withoutSensitive<T>(form: FormDefinition, data: T): T {
  const paths = sensitivePaths(form);
  if (paths.length === 0) return data;
  const all = Object.fromEntries(paths.map((p) => [p, ['system_admin'] as RoleName[]]));
  return redactRestricted({ ...form, restricted: all }, openData(data), []);
}

/** The form as the fact writer sees it: aggregates over restricted or encrypted fields dropped. */
export function factsForm(form: FormDefinition): FormDefinition {
  const paths = sensitivePaths(form);
  if (paths.length === 0 || !form.aggregate?.length) return form;
  const touches = (field: string) => paths.some((p) => isWithin(field.replace(/\[\]/g, ''), p.replace(/\[\]/g, '')));
  return { ...form, aggregate: form.aggregate.filter((a) => !touches(a.field) && !(a.by && touches(a.by))) };
}

/** History diffs keep encrypted fields' before/after values sealed. */
export function sealDiff(form: FormDefinition, diff: DiffEntry[]): DiffEntry[] {
  const enc = form.encrypted ?? [];
  if (enc.length === 0) return diff;
  const plain = new Set(withoutPaths(diff, enc));
  const seal = (v: unknown) => (v === null || v === undefined || isEnvelope(v) ? v : encryptValue(v));
  return diff.map((d) => (plain.has(d) ? d : { ...d, from: seal(d.from), to: seal(d.to) }));
}

/** Diff entries a reader may see: opened, restricted paths left out. */
export function readableDiff(form: FormDefinition, diff: DiffEntry[], roles: readonly RoleName[]): DiffEntry[] {
  return withoutPaths(openData(diff), hiddenFor(form, roles));
}

/** `data` without the values at the given schema paths (a save echo for a writer not named). */
export function dropPaths<T>(data: T, paths: readonly string[]): T {
  if (paths.length === 0) return data;
  const restricted = Object.fromEntries(paths.map((p) => [p, ['system_admin'] as RoleName[]]));
  return redactRestricted({ restricted } as unknown as FormDefinition, data, []);
}
