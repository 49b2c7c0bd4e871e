// Seals (encrypts) the values of a form's `encrypted` fields inside a data object and opens
// them again. Opening is generic (any envelope anywhere is decrypted), so raw SQL readers
// need no form; sealing needs the paths, carried on the in-memory object by a hidden marker.
import { instancesOf, splitPath } from '@/engine/rules/instances';
import { decryptValue, encryptValue, isEnvelope } from './envelope';

export type KeyPath = (string | number)[];
type PathsOf = (data: Record<string, unknown>) => KeyPath[];

const MARK = Symbol.for('vn-forms.fields.seal-paths');
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** 'rows[2].cccd' → ['rows', 2, 'cccd']. */
export function keyPathOf(concrete: string): KeyPath {
  return concrete.split('.').flatMap((part) => {
    const m = /^(.*?)((?:\[\d+\])*)$/.exec(part)!;
    return [m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
  });
}

/** Concrete places of schema paths ('rows[].cccd') in one data object. */
export function concretePaths(schemaPaths: readonly string[], data: Record<string, unknown>): KeyPath[] {
  return schemaPaths.flatMap((p) => instancesOf(splitPath(p), data, false).map((i) => keyPathOf(i.path)));
}

function update(root: unknown, path: KeyPath, fn: (v: unknown) => unknown): void {
  let node = root;
  for (const k of path.slice(0, -1)) {
    if (!isObj(node)) return;
    node = (node as Record<string | number, unknown>)[k];
  }
  const last = path.at(-1);
  if (!isObj(node) || last === undefined || !Object.hasOwn(node, last)) return;
  (node as Record<string | number, unknown>)[last] = fn((node as Record<string | number, unknown>)[last]);
}

/** Tells the storage layer which fields of this object to encrypt when it is written. */
export function markForSealing<T extends Record<string, unknown>>(data: T, schemaPaths: readonly string[] | undefined): T {
  if (!schemaPaths?.length) return data;
  const paths: PathsOf = (d) => concretePaths(schemaPaths, d);
  Object.defineProperty(data, MARK, { value: paths, enumerable: false, configurable: true });
  return data;
}

export function sealPathsOf(data: unknown): PathsOf | null {
  return isObj(data) ? ((data as Record<symbol, PathsOf | undefined>)[MARK] ?? null) : null;
}

/** A copy of `data` with the values at `paths` encrypted (already sealed or empty ones stay). */
export function sealAt<T>(data: T, paths: KeyPath[]): T {
  if (!isObj(data) || paths.length === 0) return data;
  const copy = JSON.parse(JSON.stringify(data)) as T;
  for (const p of paths) update(copy, p, (v) => (v === undefined || v === null || isEnvelope(v) ? v : encryptValue(v)));
  return copy;
}

/** Seals what the marker names; unmarked data is returned as is. */
export function sealMarked<T>(data: T): T {
  const paths = sealPathsOf(data);
  return paths && isObj(data) ? sealAt(data, paths(data as Record<string, unknown>)) : data;
}

/** True when an envelope occurs anywhere in `value` (no copy made). */
export function hasEnvelope(value: unknown): boolean {
  if (isEnvelope(value)) return true;
  if (Array.isArray(value)) return value.some(hasEnvelope);
  if (isObj(value)) return Object.values(value).some(hasEnvelope);
  return false;
}

/** Decrypts every envelope found anywhere in `value`; returns the opened copy and where they were. */
export function openWithPaths<T>(value: T): { value: T; sealed: KeyPath[] } {
  const sealed: KeyPath[] = [];
  if (!hasEnvelope(value)) return { value, sealed };
  const walk = (v: unknown, at: KeyPath): unknown => {
    if (isEnvelope(v)) { sealed.push(at); return decryptValue(v); }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...at, i]));
    if (isObj(v) && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, [...at, k]);
      return out;
    }
    return v;
  };
  return { value: walk(value, []) as T, sealed };
}

/** Opens any JSON (data, history diffs, snapshots) for an authorised reader. */
export function openData<T>(value: T): T {
  return openWithPaths(value).value;
}

/** Opens stored data and marks it so that writing it back re-seals the same places. */
export function openForEntity<T>(value: T): T {
  const { value: opened, sealed } = openWithPaths(value);
  if (isObj(opened) && sealed.length) Object.defineProperty(opened, MARK, { value: () => sealed, enumerable: false, configurable: true });
  return opened;
}
