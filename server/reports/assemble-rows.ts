// Turns row units (or catalog items) and the aggregated cells into the engine's input rows
// and subtotal groups. Facts that reached the scope only at a coarser level than the rows
// (old communes mapped through their province) get an explicit "not allocated" row.
import type { CatalogItem } from '@/engine/definitions/catalog';
import type { InputGroup, InputRow } from '@/engine/reports/model';
import type { Aggregated, RowCells } from './aggregate-facts';
import type { GroupUnit, RowUnit } from './row-units';

const UNALLOCATED = {
  vi: 'Số liệu theo địa giới cũ, chuyển qua đơn vị kế thừa, không phân bổ được xuống cấp này',
  en: 'Data under the former boundaries, carried through the successor unit, not allocable at this level',
};

function cellsByRow(agg: Aggregated): Map<string | null, RowCells[]> {
  const out = new Map<string | null, RowCells[]>();
  for (const e of agg.byRow.values()) out.set(e.rowKey, [...(out.get(e.rowKey) ?? []), e]);
  return out;
}

export function unitRows(units: RowUnit[], agg: Aggregated, groups: Map<string, GroupUnit>): { rows: InputRow[]; groups: InputGroup[] } {
  const byRow = cellsByRow(agg);
  const rows: InputRow[] = units.map((u) => ({
    key: u.id, kind: 'row', label: { vi: u.name }, code: u.code, level: u.level, unitId: u.id, group: u.groupId,
    drillLevel: u.childLevel, cells: (byRow.get(u.id) ?? []).flatMap((e) => e.cells),
  }));
  for (const e of byRow.get(null) ?? []) {
    rows.push({ key: `unallocated:${e.groupKey ?? ''}`, kind: 'unallocated', label: UNALLOCATED, code: null, level: null, unitId: null, group: e.groupKey, drillLevel: null, cells: e.cells });
  }
  const groupIds = [...new Set(rows.map((r) => r.group).filter((g): g is string => g !== null))];
  const inputGroups = groupIds.map((id) => groups.get(id)).filter((g): g is GroupUnit => g !== undefined)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((g) => ({ key: g.id, label: { vi: g.name }, code: g.code, unitId: g.id, level: g.level }));
  return { rows, groups: inputGroups };
}

export function categoryRows(items: CatalogItem[] | null, agg: Aggregated, date: string): { rows: InputRow[]; groups: InputGroup[] } {
  const byRow = cellsByRow(agg);
  const valid = items?.filter((i) => (!i.validFrom || i.validFrom <= date) && (!i.validTo || i.validTo >= date));
  const list = valid ?? [...byRow.keys()].filter((k): k is string => k !== null).sort().map((code) => ({ code, name: { vi: code } }));
  const rows: InputRow[] = list.map((i) => ({
    key: i.code, kind: 'row', label: i.name, code: i.code, level: null, unitId: null, group: null, drillLevel: null,
    cells: (byRow.get(i.code) ?? []).flatMap((e) => e.cells),
  }));
  return { rows, groups: [] };
}
