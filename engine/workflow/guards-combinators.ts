// allOf / anyOf / not: registry guards whose params hold nested guard refs, so the
// editor and the import check treat them like any other guard. Their evaluation is in
// evaluate-guard.ts (allOf narrows the actor's grants, see there).
import { z } from 'zod';
import { namedRefSchema, type NamedRef } from './named-ref';
import type { CombinatorGuard } from './registry-types';

const listParams = z.strictObject({ guards: z.array(namedRefSchema).min(1) });
const notParams = z.strictObject({ guard: namedRefSchema });

function combinator(name: string, combine: CombinatorGuard['combine'], description: CombinatorGuard['description'], params: z.ZodType, children: (p: unknown) => NamedRef[]): CombinatorGuard {
  return { name, kind: 'guard', scope: 'combinator', combine, description, params, children };
}

export const COMBINATOR_GUARDS: CombinatorGuard[] = [
  combinator('allOf', 'all',
    { vi: 'Tất cả điều kiện đều đúng (điều kiện về quyền phải đúng trên cùng một quyền được cấp)', en: 'Every nested guard passes (actor-grant conditions on one and the same grant)' },
    listParams, (p) => listParams.parse(p).guards),
  combinator('anyOf', 'any',
    { vi: 'Ít nhất một điều kiện đúng', en: 'At least one nested guard passes' },
    listParams, (p) => listParams.parse(p).guards),
  combinator('not', 'not',
    { vi: 'Điều kiện lồng bên trong không đúng', en: 'The nested guard fails' },
    notParams, (p) => [notParams.parse(p).guard]),
];
