// Semantic checks of one form against its own schema and the rest of the set: fields that
// rules/aggregates/prefill/restrictions name, catalog codes, workflow/period links, and
// computed-field cycles. Pointers are relative to the form definition.
import type { LocalIssue } from '@/engine/core/issue';
import { analyzeLogic, type LogicEnv, type Scope } from '@/engine/rules/logic-analysis';
import { orderComputed } from '@/engine/rules/dependencies';
import { ACTOR_PATH_ROOTS, UNIT_PATH_ROOTS } from '@/engine/rules/prefill';
import { indexFields, isNumericField, type FieldInfo } from './field-index';
import type { FormDefinition } from './form';

export interface SetContext {
  catalogs: Map<string, Set<string>>;
  has(kind: 'workflow' | 'period' | 'form', code: string): boolean;
  formFields(code: string): Map<string, FieldInfo> | undefined;
}

const scopeOf = (f: FieldInfo | undefined): Scope => ({ kind: 'fields', base: f?.repeat ?? '' });

export function checkForm(form: FormDefinition, ctx: SetContext): LocalIssue[] {
  const { fields, issues } = indexFields(form.schema);
  const env: LogicEnv = { fields, catalogs: ctx.catalogs };
  const field = (path: string, pointer: string, what: string): FieldInfo | undefined => {
    const f = fields.get(path);
    if (!f) issues.push({ pointer, message: `${what} "${path}" is not a field of the form` });
    return f;
  };
  const logic = (l: unknown, pointer: string, f: FieldInfo | undefined) => analyzeLogic(l, pointer, scopeOf(f), env);

  if (!ctx.has('workflow', form.workflow)) issues.push({ pointer: '/workflow', message: `workflow "${form.workflow}" does not exist` });
  if (form.period !== undefined && !ctx.has('period', form.period)) issues.push({ pointer: '/period', message: `period "${form.period}" does not exist` });
  if (form.formKind === 'report' && form.period === undefined) issues.push({ pointer: '/period', message: 'a report form (one submission per unit and period) needs a period' });

  for (const f of fields.values()) {
    if (!f.catalog) continue;
    const items = ctx.catalogs.get(f.catalog);
    if (!items) { issues.push({ pointer: `${f.pointer}/x-catalog`, message: `catalog "${f.catalog}" does not exist` }); continue; }
    f.enumValues?.forEach((v, i) => {
      if (!items.has(String(v))) issues.push({ pointer: `${f.pointer}/enum/${i}`, message: `"${String(v)}" is not a code of catalog "${f.catalog}"` });
    });
    if (f.defaultValue !== undefined && !items.has(String(f.defaultValue))) issues.push({ pointer: `${f.pointer}/default`, message: `default "${String(f.defaultValue)}" is not a code of catalog "${f.catalog}"` });
  }

  const rules = form.rules;
  const seenIds = new Map<string, number>();
  rules?.validations.forEach((r, i) => {
    const at = `/rules/validations/${i}`;
    if (seenIds.has(r.id)) issues.push({ pointer: `${at}/id`, message: `duplicate rule id "${r.id}"` });
    seenIds.set(r.id, i);
    const f = field(r.field, `${at}/field`, 'rule field');
    issues.push(...logic(r.logic, `${at}/logic`, f).issues);
    if (r.when !== undefined) issues.push(...logic(r.when, `${at}/when`, f).issues);
  });
  const computedSeen = new Set<string>();
  const nodes = (rules?.computed ?? []).map((r, i) => {
    const at = `/rules/computed/${i}`;
    const f = field(r.field, `${at}/field`, 'computed field');
    if (computedSeen.has(r.field)) issues.push({ pointer: `${at}/field`, message: `"${r.field}" is computed twice` });
    computedSeen.add(r.field);
    const report = logic(r.logic, `${at}/logic`, f);
    issues.push(...report.issues);
    return { field: r.field, deps: report.deps };
  });
  const ordered = orderComputed(nodes);
  if (!ordered.ok) {
    const first = nodes.findIndex((n) => n.field === ordered.cycle[0]);
    issues.push({ pointer: `/rules/computed/${first}`, message: `computed fields form a cycle: ${ordered.cycle.join(' → ')}` });
  }
  rules?.visibility.forEach((r, i) => {
    const f = field(r.field, `/rules/visibility/${i}/field`, 'visibility field');
    issues.push(...logic(r.logic, `/rules/visibility/${i}/logic`, f).issues);
  });

  form.aggregate?.forEach((a, i) => {
    const at = `/aggregate/${i}`;
    const f = field(a.field, `${at}/field`, 'aggregate field');
    if (f && a.fn !== 'none' && a.fn !== 'count' && !isNumericField(f)) issues.push({ pointer: `${at}/field`, message: `"${a.field}" is ${f.type}; ${a.fn} needs a number or integer field` });
    if (a.by === undefined) return;
    const by = field(a.by, `${at}/by`, 'aggregate "by"');
    if (by && !by.catalog) issues.push({ pointer: `${at}/by`, message: `"${a.by}" must be a catalog field (x-catalog) to disaggregate by` });
    if (by && f && by.repeat !== f.repeat) issues.push({ pointer: `${at}/by`, message: `"${a.by}" must be in the same repeated row as "${a.field}"` });
  });

  form.prefill?.forEach((p, i) => {
    const at = `/prefill/${i}`;
    const target = field(p.field, `${at}/field`, 'prefill field');
    // Only form-level fields are prefilled: for a repeated row nothing says which row gets the value.
    if (target?.repeat) issues.push({ pointer: `${at}/field`, message: `"${p.field}" is in a repeated row (${target.repeat}); prefill fills form-level fields only` });
    const { source, form: other, field: from, path } = p.from;
    const sameType = (src: FieldInfo | undefined, pointer: string) => {
      if (!src || !target) return;
      if (src.repeat) issues.push({ pointer, message: `"${src.path}" is in a repeated row (${src.repeat}); prefill reads form-level fields only` });
      else if (src.type !== target.type && !(src.type === 'integer' && target.type === 'number')) issues.push({ pointer, message: `"${src.path}" is ${src.type} but "${p.field}" is ${target.type}` });
    };
    switch (source) {
      case 'same-unit-form': {
        if (!other) { issues.push({ pointer: `${at}/from`, message: 'source "same-unit-form" needs "form"' }); break; }
        const otherFields = ctx.formFields(other);
        const pointer = `${at}/from/${from ? 'field' : 'form'}`;
        if (!otherFields) issues.push({ pointer: `${at}/from/form`, message: `form "${other}" does not exist` });
        else if (!otherFields.has(from ?? p.field)) issues.push({ pointer, message: `"${from ?? p.field}" is not a field of form "${other}"` });
        else sameType(otherFields.get(from ?? p.field), pointer);
        break;
      }
      case 'previous-period':
        if (form.period === undefined) issues.push({ pointer: `${at}/from/source`, message: 'source "previous-period" needs the form to have a period' });
        if (from !== undefined) sameType(field(from, `${at}/from/field`, 'prefill source field'), `${at}/from/field`);
        break;
      case 'unit':
      case 'actor': {
        const roots: readonly string[] = source === 'unit' ? UNIT_PATH_ROOTS : ACTOR_PATH_ROOTS;
        if (!path) issues.push({ pointer: `${at}/from`, message: `source "${source}" needs "path"` });
        else if (!roots.includes(path.split('.')[0])) issues.push({ pointer: `${at}/from/path`, message: `"${path}" is not a property of the ${source} (paths start with one of ${roots.join(', ')})` });
        break;
      }
    }
  });

  for (const key of Object.keys(form.restricted ?? {})) field(key, `/restricted/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'restricted field');
  form.encrypted?.forEach((p, i) => field(p, `/encrypted/${i}`, 'encrypted field'));
  return issues;
}
