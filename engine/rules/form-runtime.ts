// Runs a form's rules over one submission: computed fields in dependency order, then
// visibility, then validations of visible fields only. The same code runs in the browser
// (as the user types) and on the server (at save and submit), so both always agree.
import type { EngineContext } from '@/engine/core/context';
import type { FormDefinition } from '@/engine/definitions/form';
import { compileForm, type CompiledForm, type CompiledRule } from './compile-form';
import { evaluateLogic, isTruthy } from './evaluate';
import { instancesOf, isWithin, type Instance } from './instances';
import { withCatalogs, type CatalogLookup, type Text } from './operations';

export interface RuleIssue {
  ruleId: string;
  severity: 'error' | 'warning';
  /** Concrete field path: 'total', 'rows[2].x'. */
  field: string;
  message: Text;
  /** Warnings only: no explanation was given yet (FRM-7), so the submission cannot go on. */
  needsExplanation: boolean;
  explanation?: string;
}

export interface RunOptions extends Partial<EngineContext> {
  /** Explanations of warnings, by rule id or by 'ruleId@field' for one row. */
  explanations?: Record<string, string>;
  catalogs?: CatalogLookup;
}

export interface FormRunResult {
  data: Record<string, unknown>;
  hidden: string[];
  issues: RuleIssue[];
  /** An error, or a warning without explanation. */
  blocking: boolean;
}

const VN_OFFSET_MS = 7 * 3_600_000;
const clone = (v: unknown): Record<string, unknown> => {
  const c = v === undefined ? {} : JSON.parse(JSON.stringify(v));
  return typeof c === 'object' && c !== null && !Array.isArray(c) ? c : {};
};
const finite = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

export function runFormRules(form: FormDefinition | CompiledForm, data: unknown, options: RunOptions = {}): FormRunResult {
  const compiled = 'computedOrder' in form ? form : compileForm(form);
  return withCatalogs(options.catalogs ?? emptyCatalogs, () => runCompiled(compiled, data, options));
}

function runCompiled(compiled: CompiledForm, data: unknown, options: RunOptions): FormRunResult {
  const work = clone(data);
  const $ctx = options.now
    ? { now: options.now.toISOString(), today: new Date(options.now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10) }
    : { now: null, today: null };
  const root: Record<string, unknown> = Object.assign(Object.create(work) as Record<string, unknown>, { $ctx, $form: work });
  const viewOf = (inst: Instance) => (inst.row ? Object.assign(Object.create(inst.row) as Record<string, unknown>, { $ctx, $form: work }) : root);
  const run = (logic: unknown, view: unknown) => {
    try { return evaluateLogic(logic, view); } catch { return null; }
  };

  for (const rule of compiled.computedOrder) {
    for (const inst of instancesOf(rule.segments, work, true)) inst.container[inst.key] = finite(run(rule.logic, viewOf(inst)));
  }

  const hidden: string[] = [];
  for (const rule of compiled.visibility) {
    for (const inst of instancesOf(rule.segments, work, false)) if (!isTruthy(run(rule.logic, viewOf(inst)))) hidden.push(inst.path);
  }
  const isHidden = (path: string) => hidden.length > 0 && hidden.some((h) => isWithin(path, h));

  const issues: RuleIssue[] = [];
  const check = (rule: CompiledRule & { validation: NonNullable<CompiledRule['validation']> }) => {
    for (const inst of instancesOf(rule.segments, work, false)) {
      if (isHidden(inst.path)) continue;
      const view = viewOf(inst);
      if (rule.validation.when !== undefined && !isTruthy(run(rule.validation.when, view))) continue;
      if (isTruthy(run(rule.logic, view))) continue;
      const v = rule.validation;
      const explanation = v.severity === 'warning' ? options.explanations?.[`${v.id}@${inst.path}`] ?? options.explanations?.[v.id] : undefined;
      const explained = typeof explanation === 'string' && explanation.trim() !== '';
      issues.push({
        ruleId: v.id, severity: v.severity, field: inst.path, message: v.message,
        needsExplanation: v.severity === 'warning' && !explained,
        ...(explained ? { explanation } : {}),
      });
    }
  };
  for (const rule of compiled.validations) check(rule);

  return { data: work, hidden, issues, blocking: issues.some((i) => i.severity === 'error' || i.needsExplanation) };
}

const emptyCatalogs: CatalogLookup = { has: () => false, name: () => null, attr: () => null };
