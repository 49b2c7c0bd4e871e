// The report template: one model (rows × columns, totals, notes, signatures) that the
// report renderer turns into a table, XLSX and PDF. References are checked by the loader.
import { z } from 'zod';
import { codeSchema, definitionHeaderShape, fieldPathSchema, idSchema, logicSchema, titleSchema } from './common';
import { AGGREGATE_FNS } from './form';

export const REPORT_FORMATS = ['integer', 'decimal', 'percent', 'vnd', 'text'] as const;

const rowsSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('unit-level'), level: z.string().min(1) }),
  z.strictObject({ by: z.literal('catalog'), catalog: codeSchema }),
  z.strictObject({ by: z.literal('field'), field: fieldPathSchema }),
]);

/** An aggregated form field; `category` picks one disaggregation (a code of the aggregate's `by` catalog). */
const fieldValueSchema = z.strictObject({
  field: fieldPathSchema,
  fn: z.enum(AGGREGATE_FNS).exclude(['none']),
  form: codeSchema.optional(),
  category: z.string().min(1).optional(),
});

/** json-logic over other columns' values ({"var": "<column key>"}); `text` is the printed formula, e.g. '4 = 3/1*100'. */
const formulaValueSchema = z.strictObject({ formula: logicSchema, text: z.string().optional() });

export const reportColumnSchema = z.strictObject({
  key: idSchema,
  title: titleSchema,
  /** Upper header row(s) this column sits under, outermost first (multi-row headers). */
  group: z.array(titleSchema).optional(),
  value: z.union([fieldValueSchema, formulaValueSchema]),
  format: z.enum(REPORT_FORMATS).optional(),
});

export const reportFilterSchema = z.strictObject({
  field: fieldPathSchema,
  op: z.enum(['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte']),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
});

export const reportDefinitionSchema = z.strictObject({
  kind: z.literal('report'),
  ...definitionHeaderShape,
  form: codeSchema.optional(),
  forms: z.array(codeSchema).min(1).optional(),
  rows: rowsSchema,
  columns: z.array(reportColumnSchema).min(1),
  totals: z.strictObject({ subtotalsBy: z.string().min(1).optional(), grandTotal: z.boolean() }).optional(),
  filters: z.array(reportFilterSchema).optional(),
  notes: z.array(titleSchema).optional(),
  signatures: z.array(titleSchema).optional(),
});

export type ReportDefinition = z.infer<typeof reportDefinitionSchema>;
export type ReportColumn = z.infer<typeof reportColumnSchema>;
