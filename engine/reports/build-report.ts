// Template + aggregated partials → the report model: numbered columns with printed
// formulas, header rows with merges, rows in order with subtotal groups before their
// members and a grand total, notes and signature lines. Pure: no I/O, no clock.
import type { ReportDefinition } from '@/engine/definitions/report';
import type { InputGroup, InputRow, ModelColumn, ModelRow, ReportModel, Title } from './model';
import { buildHeader } from './header';
import { formulaText } from './formula-text';
import { columnValues, fieldPartials } from './column-values';
import { toRoman } from './roman';

export interface BuildInput { rows: InputRow[]; groups: InputGroup[]; rowLabel: Title }

function modelColumns(def: ReportDefinition, primary: string): ModelColumn[] {
  const numbers = new Map(def.columns.map((c, i) => [c.key, i + 1] as const));
  return def.columns.map((c, i) => ({
    key: c.key,
    number: i + 1,
    title: c.title,
    group: c.group ?? [],
    format: c.format ?? ('formula' in c.value ? 'decimal' : 'integer'),
    source: 'formula' in c.value ? null : { form: c.value.form ?? primary, field: c.value.field, fn: c.value.fn, category: c.value.category ?? null },
    formula: 'formula' in c.value ? formulaText(i + 1, c.value.formula, numbers, c.value.text) : null,
  }));
}

export function buildReport(def: ReportDefinition, input: BuildInput): ReportModel {
  const primary = def.form ?? def.forms?.[0] ?? '';
  const valuesOf = (rows: InputRow[]) => columnValues(def.columns, fieldPartials(def.columns, primary, rows.flatMap((r) => r.cells)));
  const toRow = (r: InputRow, stt: string): ModelRow => ({
    kind: r.kind, stt, label: r.label, code: r.code, level: r.level, unitId: r.unitId,
    drillDown: r.unitId && r.drillLevel ? { unit: r.unitId, level: r.drillLevel } : null,
    values: valuesOf([r]),
  });

  const rows: ModelRow[] = [];
  const grouped = def.totals?.subtotalsBy !== undefined && input.groups.length > 0;
  if (grouped) {
    input.groups.forEach((g, gi) => {
      const members = input.rows.filter((r) => r.group === g.key);
      rows.push({
        kind: 'subtotal', stt: toRoman(gi + 1), label: g.label, code: g.code, level: g.level, unitId: g.unitId,
        drillDown: null, values: valuesOf(members),
      });
      members.forEach((r, i) => rows.push(toRow(r, String(i + 1))));
    });
    const orphans = input.rows.filter((r) => r.group === null || !input.groups.some((g) => g.key === r.group));
    orphans.forEach((r, i) => rows.push(toRow(r, String(i + 1))));
  } else {
    input.rows.forEach((r, i) => rows.push(toRow(r, String(i + 1))));
  }
  if (def.totals?.grandTotal !== false) {
    rows.push({
      kind: 'total', stt: '', label: { vi: 'Tổng cộng', en: 'Total' }, code: null, level: null, unitId: null,
      drillDown: null, values: valuesOf(input.rows),
    });
  }
  const columns = modelColumns(def, primary);
  return {
    code: def.code, version: def.version, title: def.title, columns,
    header: buildHeader(columns, input.rowLabel),
    rows, notes: def.notes ?? [], signatures: def.signatures ?? [],
  };
}
