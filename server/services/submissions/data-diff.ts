// The difference between two versions of a submission's data as a list of changed leaf
// paths ('a.b', 'rows[2].x'): stored with every edit in the history and shown to approvers
// as "changed since the last approval".
export interface DiffEntry { path: string; from: unknown; to: unknown }

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, []);
    value.forEach((v, i) => leaves(v, `${prefix}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, {});
    for (const [k, v] of entries) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

export function dataDiff(before: unknown, after: unknown): DiffEntry[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(before ?? {}, '', a);
  leaves(after ?? {}, '', b);
  const out: DiffEntry[] = [];
  for (const [path, from] of a) {
    const to = b.has(path) ? b.get(path) : null;
    if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ path, from, to });
  }
  for (const [path, to] of b) if (!a.has(path)) out.push({ path, from: null, to });
  return out;
}

/** Drops entries under any of the hidden paths (schema paths like 'rows[].x' match every row). */
export function withoutPaths(diff: DiffEntry[], hidden: string[]): DiffEntry[] {
  if (hidden.length === 0) return diff;
  const patterns = hidden.map((h) => new RegExp(`^${h.replace(/[.$]/g, '\\$&').replace(/\\?\[\]/g, '\\[\\d+\\]')}(?:$|[.[])`));
  return diff.filter((d) => !patterns.some((p) => p.test(d.path)));
}
