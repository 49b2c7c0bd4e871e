// The engine's rules in the browser: the same runFormRules the server runs at save and
// submit (never a second copy), on a form compiled once, with the computed values merged
// back only when they changed so typing never fights the form.
import { compileForm, type CompiledForm } from '@/engine/rules/compile-form';
import { runFormRules, type FormRunResult } from '@/engine/rules/form-runtime';
import type { FormDefinition } from '@/engine/definitions/form';

export type { FormRunResult };

export function compileEntryForm(form: unknown): CompiledForm {
  return compileForm(form as FormDefinition);
}

export function runRules(compiled: CompiledForm, data: Record<string, unknown>, explanations: Record<string, string>): FormRunResult {
  return runFormRules(compiled, data, { now: new Date(), explanations });
}

/** True when the rules changed a value the form shows (computed fields). */
export function computedChanged(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
