// Semantic checks of a report template against the forms and catalogs it names: source
// forms, row fields and catalogs, column fields and categories, formula references and
// cycles. Pointers are relative to the report definition.
import type { LocalIssue } from '@/engine/core/issue';
import { analyzeLogic } from '@/engine/rules/logic-analysis';
import { orderComputed } from '@/engine/rules/dependencies';
import { isNumericField, type FieldInfo } from './field-index';
import type { FormDefinition } from './form';
import type { ReportDefinition } from './report';

export interface ReportContext {
  catalogs: Map<string, Set<string>>;
  form(code: string): { def: FormDefinition; fields: Map<string, FieldInfo> } | undefined;
}

export function checkReport(report: ReportDefinition, ctx: ReportContext): LocalIssue[] {
  const issues: LocalIssue[] = [];
  const sources = report.forms ?? (report.form ? [report.form] : []);
  if (report.form !== undefined && report.forms !== undefined) issues.push({ pointer: '/forms', message: 'give either "form" or "forms", not both' });
  if (sources.length === 0) issues.push({ pointer: '', message: 'a report needs a source "form" (or "forms")' });
  sources.forEach((code, i) => {
    if (!ctx.form(code)) issues.push({ pointer: report.forms ? `/forms/${i}` : '/form', message: `form "${code}" does not exist` });
  });
  const primary = sources.length > 0 ? ctx.form(sources[0]) : undefined;

  if (report.rows.by === 'catalog' && !ctx.catalogs.has(report.rows.catalog)) issues.push({ pointer: '/rows/catalog', message: `catalog "${report.rows.catalog}" does not exist` });
  if (report.rows.by === 'field' && primary && !primary.fields.has(report.rows.field)) issues.push({ pointer: '/rows/field', message: `"${report.rows.field}" is not a field of form "${primary.def.code}"` });

  const keys = new Map<string, number>();
  report.columns.forEach((c, i) => {
    if (keys.has(c.key)) issues.push({ pointer: `/columns/${i}/key`, message: `duplicate column key "${c.key}"` });
    keys.set(c.key, i);
  });

  const nodes = report.columns.map((c, i) => {
    const at = `/columns/${i}/value`;
    if ('formula' in c.value) {
      const env = { fields: new Map<string, FieldInfo>(), catalogs: ctx.catalogs, extraVar: (n: string) => keys.has(n) };
      const r = analyzeLogic(c.value.formula, `${at}/formula`, { kind: 'fields', base: '' }, env);
      issues.push(...r.issues.map((x) => ({ ...x, message: x.message.replace('is not a field of the form', 'is not a column key of the report') })));
      return { field: c.key, deps: collectVars(c.value.formula) };
    }
    const code = c.value.form ?? sources[0];
    if (c.value.form !== undefined && !sources.includes(c.value.form)) issues.push({ pointer: `${at}/form`, message: `form "${c.value.form}" is not a source of this report` });
    const src = code ? ctx.form(code) : undefined;
    if (!src) return { field: c.key, deps: new Set<string>() };
    const f = src.fields.get(c.value.field);
    if (!f) issues.push({ pointer: `${at}/field`, message: `"${c.value.field}" is not a field of form "${code}"` });
    else if (c.value.fn !== 'count' && !isNumericField(f)) issues.push({ pointer: `${at}/field`, message: `"${c.value.field}" is ${f.type}; ${c.value.fn} needs a numeric field` });
    if (c.value.category !== undefined && f) {
      const name = c.value.field;
      const agg = src.def.aggregate?.find((a) => a.field === name && a.by !== undefined);
      const catalog = agg?.by ? src.fields.get(agg.by)?.catalog : undefined;
      if (!agg) issues.push({ pointer: `${at}/category`, message: `form "${code}" does not aggregate "${c.value.field}" by a catalog field` });
      else if (catalog && !ctx.catalogs.get(catalog)?.has(c.value.category)) issues.push({ pointer: `${at}/category`, message: `"${c.value.category}" is not a code of catalog "${catalog}"` });
    }
    return { field: c.key, deps: new Set<string>() };
  });
  const ordered = orderComputed(nodes);
  if (!ordered.ok) issues.push({ pointer: `/columns/${keys.get(ordered.cycle[0])}/value/formula`, message: `column formulas form a cycle: ${ordered.cycle.join(' → ')}` });

  report.filters?.forEach((flt, i) => {
    if (primary && !primary.fields.has(flt.field)) issues.push({ pointer: `/filters/${i}/field`, message: `"${flt.field}" is not a field of form "${primary.def.code}"` });
  });
  return issues;
}

function collectVars(logic: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(logic)) logic.forEach((l) => collectVars(l, out));
  else if (typeof logic === 'object' && logic !== null) {
    for (const [op, v] of Object.entries(logic)) {
      const name = Array.isArray(v) ? v[0] : v;
      if (op === 'var' && typeof name === 'string') out.add(name);
      else collectVars(v, out);
    }
  }
  return out;
}
