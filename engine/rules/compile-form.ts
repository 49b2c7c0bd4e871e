// Per-form preparation done once (field index, computed order, split paths) and cached by
// form object, so each evaluation of the form only walks data and evaluates logic.
import type { FormDefinition, ValidationRule } from '@/engine/definitions/form';
import { indexFields } from '@/engine/definitions/field-index';
import { orderComputed } from './dependencies';
import { splitPath, type Segments } from './instances';
import { analyzeLogic } from './logic-analysis';

export interface CompiledRule { field: string; segments: Segments; logic: unknown; validation?: ValidationRule }
export interface CompiledForm {
  form: FormDefinition;
  computedOrder: CompiledRule[];
  visibility: CompiledRule[];
  validations: (CompiledRule & { validation: ValidationRule })[];
}

const cache = new WeakMap<FormDefinition, CompiledForm>();

export function compileForm(form: FormDefinition): CompiledForm {
  const hit = cache.get(form);
  if (hit) return hit;
  const { fields } = indexFields(form.schema);
  const rules = form.rules ?? { validations: [], computed: [], visibility: [] };
  const computed = rules.computed.map((r) => ({
    field: r.field, segments: splitPath(r.field), logic: r.logic,
    deps: analyzeLogic(r.logic, '', { kind: 'fields', base: fields.get(r.field)?.repeat ?? '' }, { fields, catalogs: new Map() }).deps,
  }));
  const order = orderComputed(computed);
  // A loaded form has no cycle; a cyclic one (not loaded) runs in declaration order.
  const indices = order.ok ? order.order : computed.map((_, i) => i);
  const compiled: CompiledForm = {
    form,
    computedOrder: indices.map((i) => computed[i]),
    visibility: rules.visibility.map((r) => ({ field: r.field, segments: splitPath(r.field), logic: r.logic })),
    validations: rules.validations.map((v) => ({ field: v.field, segments: splitPath(v.field), logic: v.logic, validation: v })),
  };
  cache.set(form, compiled);
  return compiled;
}
