// Multi-row table header with merged cells, as Vietnamese statistical templates print it:
// "STT" and the row label span every header row, column groups merge across adjacent
// columns that share them, and a last row numbers the columns A, B, (1), (2), …
import type { HeaderCell, ModelColumn, Title } from './model';

const same = (a: Title | undefined, b: Title | undefined) => a !== undefined && b !== undefined && a.vi === b.vi;

/** True when columns i and j share the group path down to header row `r` (inclusive). */
function sharesPath(cols: ModelColumn[], i: number, j: number, r: number): boolean {
  for (let k = 0; k <= r; k++) if (!same(cols[i].group[k], cols[j].group[k])) return false;
  return true;
}

export function buildHeader(cols: ModelColumn[], rowLabel: Title): { rows: number; cells: HeaderCell[]; numbering: string[] } {
  const depth = Math.max(0, ...cols.map((c) => c.group.length)) + 1;
  const cells: HeaderCell[] = [
    { text: { vi: 'STT', en: 'No.' }, row: 0, col: 0, rowSpan: depth, colSpan: 1 },
    { text: rowLabel, row: 0, col: 1, rowSpan: depth, colSpan: 1 },
  ];
  for (let r = 0; r < depth - 1; r++) {
    let i = 0;
    while (i < cols.length) {
      const g = cols[i].group[r];
      if (!g) { i++; continue; }
      let j = i + 1;
      while (j < cols.length && sharesPath(cols, i, j, r)) j++;
      cells.push({ text: g, row: r, col: i + 2, rowSpan: 1, colSpan: j - i });
      i = j;
    }
  }
  cols.forEach((c, i) => {
    const top = c.group.length;
    cells.push({ text: c.title, row: top, col: i + 2, rowSpan: depth - top, colSpan: 1 });
  });
  const numbering = ['A', 'B', ...cols.map((c) => c.formula ?? `(${c.number})`)];
  return { rows: depth, cells, numbering };
}
