// TanStack column definitions of a report: STT and label columns, then the numbered columns
// nested under their column groups (consecutive columns sharing a group merge into one header),
// each leaf header showing its title (numbers and printed formulas are the header's last row).
import { createColumnHelper, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { formatNumber } from './number-format';
import { titleOf, type ModelColumn, type ModelRow } from './types';

export const reportFeatures = tableFeatures({});
type Features = typeof reportFeatures;
type Def = ColumnDef<Features, ModelRow, unknown>;
const helper = createColumnHelper<Features, ModelRow>();

function leaf(c: ModelColumn, lang: string): Def {
  return helper.accessor((r) => r.values[c.key] ?? null, {
    id: c.key,
    header: titleOf(c.title, lang),
    cell: (info) => formatNumber(info.getValue() as number | null, c.format),
    meta: { numeric: c.format !== 'text' },
  }) as Def;
}

/** Nests columns under their group path from `depth` on, merging runs with the same group title. */
function nest(cols: ModelColumn[], depth: number, lang: string, path: string): Def[] {
  const out: Def[] = [];
  let i = 0;
  while (i < cols.length) {
    const g = cols[i].group[depth];
    if (!g) { out.push(leaf(cols[i], lang)); i += 1; continue; }
    let j = i;
    while (j < cols.length && cols[j].group[depth]?.vi === g.vi) j += 1;
    const id = `${path}g${depth}-${i}`;
    out.push(helper.group({ id, header: titleOf(g, lang), columns: nest(cols.slice(i, j), depth + 1, lang, `${id}.`) }) as Def);
    i = j;
  }
  return out;
}

export function reportColumns(columns: ModelColumn[], lang: string, labelHeader: string, sttHeader: string, label: (row: ModelRow) => ReactNode): Def[] {
  return [
    helper.display({ id: 'stt', header: sttHeader, cell: (info) => info.row.original.stt }) as Def,
    helper.display({ id: 'label', header: labelHeader, cell: (info) => label(info.row.original) }) as Def,
    ...nest(columns, 0, lang, ''),
  ];
}
