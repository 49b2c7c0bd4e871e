// The report model: the one shape every renderer (HTML table, XLSX, PDF) and the JSON API
// draw from, so the printed, downloaded and integrated figures can never disagree (RPT-1).
// Also the input the server hands in: partial aggregates per row and field.
export interface Title { vi: string; en?: string }

/** Partial aggregate of one (row, form, field, category): enough to merge rows exactly. */
export interface Partial { sum: number; count: number; min: number; max: number }

export interface InputCell extends Partial { form: string; field: string; category: string | null }

export interface InputRow {
  key: string;
  kind: 'row' | 'unallocated';
  label: Title;
  code: string | null;
  level: string | null;
  unitId: string | null;
  /** Key of the subtotal group this row falls in (null: none). */
  group: string | null;
  /** Level to open when drilling down from this row (null: no drill-down). */
  drillLevel: string | null;
  cells: InputCell[];
}

export interface InputGroup { key: string; label: Title; code: string | null; unitId: string | null; level: string | null }

export interface ModelColumn {
  key: string;
  /** 1-based number printed under the header, "(1)", "(2)", … */
  number: number;
  title: Title;
  group: Title[];
  format: 'integer' | 'decimal' | 'percent' | 'vnd' | 'text';
  source: { form: string; field: string; fn: string; category: string | null } | null;
  /** Printed formula over column numbers, e.g. "(4) = (3)/(1)×100". */
  formula: string | null;
}

export interface HeaderCell { text: Title; row: number; col: number; rowSpan: number; colSpan: number }

export interface ModelRow {
  kind: 'row' | 'unallocated' | 'subtotal' | 'total';
  /** Ordinal printed in the STT column ("1", "2", … for rows; "I", "II" for groups). */
  stt: string;
  label: Title;
  code: string | null;
  level: string | null;
  unitId: string | null;
  drillDown: { unit: string; level: string } | null;
  values: Record<string, number | null>;
}

export interface ReportModel {
  code: string;
  version: number;
  title: Title;
  columns: ModelColumn[];
  /** Header rows of the whole table (label columns A, B first), merges as row/col spans. */
  header: { rows: number; cells: HeaderCell[]; numbering: string[] };
  rows: ModelRow[];
  notes: Title[];
  signatures: Title[];
}
