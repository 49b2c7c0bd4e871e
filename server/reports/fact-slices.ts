// How a large report's aggregation is cut for parallel workers (fact-sql.ts): preferably by
// whole targets (report rows), so each worker's groups are its own, its hash table a third of
// the report, and no merge is needed; by ranges of units (uuid order) when a few targets hold
// most units (a country report by region), and then the partials merge in the leader.

export interface Slice { units: string[]; keys: number[]; lo: string | null; hi: string | null }

/** A slice may exceed an even share by this much before ranges are used instead. */
const BALANCE = 1.25;

/** Targets dealt largest first to the lightest slice; null when they cannot balance. */
export function targetSlices(units: string[], keys: number[], n: number): Slice[] | null {
  const size = new Map<number, number>();
  for (const k of keys) size.set(k, (size.get(k) ?? 0) + 1);
  const load = Array.from({ length: n }, () => 0);
  const sliceOf = new Map<number, number>();
  for (const [k, count] of [...size].sort((a, b) => b[1] - a[1])) {
    const i = load.indexOf(Math.min(...load));
    sliceOf.set(k, i);
    load[i] += count;
  }
  if (Math.max(...load) > (BALANCE * units.length) / n) return null;
  const slices: Slice[] = load.map(() => ({ units: [], keys: [], lo: null, hi: null }));
  units.forEach((u, i) => {
    const slice = slices[sliceOf.get(keys[i])!];
    slice.units.push(u);
    slice.keys.push(keys[i]);
  });
  return slices;
}

/** Equal ranges of units in uuid order (bytewise, as PostgreSQL compares uuids). */
export function rangeSlices(units: string[], keys: number[], n: number): Slice[] {
  const order = units.map((_, i) => i).sort((a, b) => (units[a] < units[b] ? -1 : units[a] > units[b] ? 1 : 0));
  const size = Math.ceil(order.length / n);
  const parts = Array.from({ length: n }, (_, i) => order.slice(i * size, (i + 1) * size)).filter((p) => p.length > 0);
  return parts.map((p, i) => ({
    units: p.map((j) => units[j]),
    keys: p.map((j) => keys[j]),
    lo: i === 0 ? null : units[p[0]],
    hi: i === parts.length - 1 ? null : units[parts[i + 1][0]],
  }));
}
