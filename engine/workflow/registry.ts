// The ONE registry of workflow guards and actions, used by the import check, the runtime
// and the editor; the reference doc is tested against it. Adding a guard means adding an
// entry here (with params schema and bilingual description) and a line in the doc.
import { ACTIONS } from './actions';
import { ACTOR_GUARDS } from './guards-actor';
import { COMBINATOR_GUARDS } from './guards-combinators';
import { GRANT_UNIT_GUARDS } from './guards-grant-unit';
import { SUBJECT_GUARDS } from './guards-subject';
import type { ActionEntry, GuardEntry, RegistryEntry } from './registry-types';

export const GUARDS: readonly GuardEntry[] = [...ACTOR_GUARDS, ...GRANT_UNIT_GUARDS, ...SUBJECT_GUARDS, ...COMBINATOR_GUARDS];
export const ACTIONS_REGISTRY: readonly ActionEntry[] = ACTIONS;
export const WORKFLOW_REGISTRY: readonly RegistryEntry[] = [...GUARDS, ...ACTIONS];

export const GUARD_BY_NAME: ReadonlyMap<string, GuardEntry> = new Map(GUARDS.map((g) => [g.name, g]));
export const ACTION_BY_NAME: ReadonlyMap<string, ActionEntry> = new Map(ACTIONS.map((a) => [a.name, a]));
