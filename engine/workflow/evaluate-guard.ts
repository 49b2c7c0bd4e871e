// Evaluates guard refs against the registry. Inside allOf, grant-scoped guards narrow the
// set of the actor's role grants, so "approver + at district + ancestor of the unit" must
// hold for one grant, not be stitched together from several. Also explains refusals.
import type { NamedRef } from '@/engine/definitions/workflow';
import type { GuardEnv } from './context';
import { GUARD_BY_NAME } from './registry';
import type { GuardEntry } from './registry-types';

function allOf(children: NamedRef[], env: GuardEnv, explain: boolean): { pass: boolean; failed: NamedRef | null } {
  let grants = env.grants;
  for (const child of children) {
    const entry = GUARD_BY_NAME.get(child.type);
    if (entry?.scope === 'grant') {
      grants = grants.filter((g) => entry.test(child.params, env, g));
      if (grants.length === 0) return { pass: false, failed: child };
    } else if (!evaluateGuard(child, { ...env, grants })) {
      return { pass: false, failed: explain ? explainFailure(child, { ...env, grants }) ?? child : child };
    }
  }
  return { pass: true, failed: null };
}

function evaluateEntry(entry: GuardEntry, ref: NamedRef, env: GuardEnv): boolean {
  switch (entry.scope) {
    case 'grant': return env.grants.some((g) => entry.test(ref.params, env, g));
    case 'subject': return entry.test(ref.params, env);
    case 'combinator': {
      const children = entry.children(ref.params);
      switch (entry.combine) {
        case 'all': return allOf(children, env, false).pass;
        case 'any': return children.some((c) => evaluateGuard(c, env));
        case 'not': return !evaluateGuard(children[0], env);
        default: { const _x: never = entry.combine; return _x; }
      }
    }
    default: { const _x: never = entry; return _x; }
  }
}

/** Whether the guard passes; an unknown name fails (the import check refuses it anyway). */
export function evaluateGuard(ref: NamedRef, env: GuardEnv): boolean {
  const entry = GUARD_BY_NAME.get(ref.type);
  return entry ? evaluateEntry(entry, ref, env) : false;
}

/** The innermost guard to blame for a failure (first failing child of allOf), or null when it passes. */
export function explainFailure(ref: NamedRef, env: GuardEnv): NamedRef | null {
  const entry = GUARD_BY_NAME.get(ref.type);
  if (!entry) return ref;
  if (evaluateEntry(entry, ref, env)) return null;
  if (entry.scope === 'combinator' && entry.combine === 'all') return allOf(entry.children(ref.params), env, true).failed ?? ref;
  return ref;
}

/** Whether `name` appears anywhere in the guard tree (e.g. commentPresent for allowedEvents). */
export function guardMentions(ref: NamedRef, name: string): boolean {
  if (ref.type === name) return true;
  const entry = GUARD_BY_NAME.get(ref.type);
  return entry?.scope === 'combinator' ? entry.children(ref.params).some((c) => guardMentions(c, name)) : false;
}
