// Expands a schema field path ('rows[].x') into the concrete places it occurs in one data
// object ('rows[0].x', 'rows[1].x'), with the row each sits in, so row rules and computed
// row fields run once per row.

export interface Instance {
  /** Concrete path for messages and the UI: 'total', 'rows[2].x'. */
  path: string;
  /** The object holding the value, and its key. */
  container: Record<string, unknown>;
  key: string;
  /** The innermost repeated row, or null at form level. */
  row: Record<string, unknown> | null;
}

export type Segments = ReadonlyArray<{ name: string; repeat: boolean }>;

export function splitPath(schemaPath: string): Segments {
  return schemaPath.split('.').map((s) => (s.endsWith('[]') ? { name: s.slice(0, -2), repeat: true } : { name: s, repeat: false }));
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Concrete instances of a field. With `create`, missing intermediate objects are added (for computed values). */
export function instancesOf(segments: Segments, root: Record<string, unknown>, create: boolean): Instance[] {
  // Fast path for the common case: a top-level field.
  if (segments.length === 1 && !segments[0].repeat) return [{ path: segments[0].name, container: root, key: segments[0].name, row: null }];
  const out: Instance[] = [];
  const walk = (obj: Record<string, unknown>, i: number, prefix: string, row: Record<string, unknown> | null): void => {
    const seg = segments[i];
    const path = prefix ? `${prefix}.${seg.name}` : seg.name;
    if (i === segments.length - 1 && !seg.repeat) { out.push({ path, container: obj, key: seg.name, row }); return; }
    const value = obj[seg.name];
    if (seg.repeat) {
      if (!Array.isArray(value)) return;
      value.forEach((item, k) => {
        if (isObj(item)) {
          if (i === segments.length - 1) out.push({ path: `${path}[${k}]`, container: obj, key: seg.name, row: item });
          else walk(item, i + 1, `${path}[${k}]`, item);
        }
      });
      return;
    }
    if (isObj(value)) walk(value, i + 1, path, row);
    else if (create && value === undefined) { const fresh: Record<string, unknown> = {}; obj[seg.name] = fresh; walk(fresh, i + 1, path, row); }
  };
  walk(root, 0, '', null);
  return out;
}

/** True when `path` is `ancestor` or lies inside it ('rows[1]' hides 'rows[1].x'). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}
