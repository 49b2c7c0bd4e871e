// The readable form of a submission's history. Autosave appends an `edited` row on every save,
// so an hour of entry is hundreds of rows; consecutive `edited` rows by the same person in the
// same state become one entry with the save count, the first and last time, and the combined
// diff (per field: the first old value → the last new value; fields that came back to where
// they started drop out). Transitions, returns with their reasons, approvals, attachments and
// signatures always stand alone. The API keeps the full audit trail; grouping is presentation
// (the labels are the interface's), so it happens here, on the rows the detail page loads.
import type { DiffEntry, HistoryEntry } from './types';

export interface TimelineEntry extends HistoryEntry {
  /** How many history rows this entry stands for (1 unless grouped saves). */
  count: number;
  /** Time of the first row of the group (equals `at` for a single row). */
  firstAt: string;
}

const groupable = (h: HistoryEntry) => h.type === 'edited' && h.fromState === h.toState;

const sameRun = (a: TimelineEntry, h: HistoryEntry) =>
  groupable(a) && groupable(h) && a.actor.id === h.actor.id && a.toState === h.toState;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function combine(older: DiffEntry[], newer: DiffEntry[]): DiffEntry[] {
  const byPath = new Map<string, DiffEntry>(older.map((d) => [d.path, { ...d }]));
  for (const d of newer) {
    const prev = byPath.get(d.path);
    byPath.set(d.path, prev ? { path: d.path, from: prev.from, to: d.to } : { ...d });
  }
  return [...byPath.values()];
}

/** History rows (oldest first) → timeline entries (oldest first). */
export function groupHistory(rows: HistoryEntry[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const raw = new Map<TimelineEntry, DiffEntry[]>();
  for (const h of rows) {
    const last = out[out.length - 1];
    if (last && sameRun(last, h)) {
      const diff = combine(raw.get(last)!, h.diff);
      raw.set(last, diff);
      Object.assign(last, { seq: h.seq, at: h.at, dataVersion: h.dataVersion, count: last.count + 1 });
      continue;
    }
    const entry: TimelineEntry = { ...h, count: 1, firstAt: h.at };
    raw.set(entry, h.diff);
    out.push(entry);
  }
  for (const e of out) e.diff = e.count > 1 ? raw.get(e)!.filter((d) => !same(d.from, d.to)) : e.diff;
  return out;
}
