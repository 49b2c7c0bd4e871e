// Bridges the engine's field paths ('rows[2].x') and RJSF's ids ('root_rows_2_x') and error
// schemas, so rule findings land beside the field they are about, rows included.
import type { ErrorSchema } from '@rjsf/utils';
import type { RuleIssue, Text } from '@/components/submission/types';

/** 'rows[2].x' → 'root_rows_2_x' (RJSF's default id scheme). */
export function rjsfId(path: string): string {
  return `root_${path.replace(/\[(\d+)\]/g, '_$1').replace(/\./g, '_')}`;
}

/** 'rows[2].x' → ['rows', '2', 'x']. */
export function pathSegments(path: string): string[] {
  return path.replace(/\[(\d*)\]/g, '.$1').split('.').filter((s) => s !== '');
}

/** The uiSchema location of a path: 'rows[].x' and 'rows[2].x' both → ['rows', 'items', 'x']. */
export function uiSegments(path: string): string[] {
  return path.replace(/\[\d*\]/g, '.items').split('.').filter((s) => s !== '');
}

const say = (m: Text, lang: 'vi' | 'en') => (lang === 'en' && m.en) || m.vi;

/** Errors of the engine as RJSF `extraErrors` (warnings are shown by the field template). */
export function errorSchemaOf(issues: RuleIssue[], lang: 'vi' | 'en'): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    let node = root;
    for (const seg of pathSegments(issue.field)) node = (node[seg] ??= {}) as Record<string, unknown>;
    ((node.__errors ??= []) as string[]).push(say(issue.message, lang));
  }
  return root as ErrorSchema;
}

/** Warnings by RJSF id, for the field template. */
export function warningsById(issues: RuleIssue[]): Map<string, RuleIssue[]> {
  const out = new Map<string, RuleIssue[]>();
  for (const issue of issues) {
    if (issue.severity !== 'warning') continue;
    const id = rjsfId(issue.field);
    out.set(id, [...(out.get(id) ?? []), issue]);
  }
  return out;
}

/** The explanation key the engine and the server read (FRM-7): one per rule and field. */
export const explanationKey = (issue: Pick<RuleIssue, 'ruleId' | 'field'>) => `${issue.ruleId}@${issue.field}`;

/** The row-independent key of a field ('rows[2].x', 'rows[].x' or 'root_rows_2_x' → 'root_rows_x'). */
export function fieldKey(pathOrId: string): string {
  const id = pathOrId.startsWith('root') ? pathOrId : rjsfId(pathOrId.replace(/\[\d*\]/g, ''));
  return id.replace(/_\d+(?=_|$)/g, '');
}
