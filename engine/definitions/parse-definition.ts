// Structural validation of one definition object with its kind's zod schema, with zod's
// issues turned into JSON pointers (one per unknown key, so each points at its line).
import type { z } from 'zod';
import type { LocalIssue } from '@/engine/core/issue';
import { pointerOf } from '@/engine/core/issue';
import { DEFINITION_KINDS } from './common';
import { SCHEMA_BY_KIND, type Definition } from './definition';

export type ParseOutcome = { ok: true; def: Definition } | { ok: false; issues: LocalIssue[] };

export function parseDefinition(value: unknown): ParseOutcome {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ pointer: '', message: 'a definition must be a JSON object' }] };
  }
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(DEFINITION_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, issues: [{ pointer: '/kind', message: `"kind" must be one of ${DEFINITION_KINDS.join(', ')}` }] };
  }
  const result = SCHEMA_BY_KIND[kind as Definition['kind']].safeParse(value);
  if (result.success) return { ok: true, def: result.data as Definition };
  return { ok: false, issues: result.error.issues.flatMap(toLocal) };
}

function toLocal(issue: z.core.$ZodIssue): LocalIssue[] {
  const pointer = pointerOf(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ pointer: pointerOf([...issue.path, k]), message: `unknown property "${k}"` }));
    case 'invalid_union': {
      const nested = issue.errors.map((branch) => branch.map((i) => `${pointerOf(i.path) || '/'} ${i.message}`).join('; '));
      return [{ pointer, message: `matches none of the allowed shapes: ${nested.join(' | or | ')}` }];
    }
    default:
      return [{ pointer, message: issue.message }];
  }
}
