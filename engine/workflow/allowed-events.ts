// The buttons and queue entries for one actor on one record: every event of the current
// state whose transition the same guards would let through. A missing comment or
// signature is not a reason to hide a button, so those are reported as requirements.
import type { Actor } from '@/engine/access/actor';
import type { StateMeta, TransitionConfig, WorkflowDefinition } from '@/engine/definitions/workflow';
import type { GuardEnv, WorkflowContext } from './context';
import { evaluateGuard, guardMentions } from './evaluate-guard';
import { actionsOf, candidatesOf, type WorkflowSnapshot } from './machine';
import type { Text } from './registry-types';

export interface AllowedEvent {
  type: string;
  label: Text;
  /** The state the event leads to for this actor now. */
  target: string;
  requiresComment: boolean;
  requiresSignature: boolean;
}

function actionNames(def: WorkflowDefinition, from: string, t: TransitionConfig): string[] {
  const own = actionsOf(t.actions);
  const moving = t.target !== undefined ? [...actionsOf(def.machine.states[from].exit), ...actionsOf(def.machine.states[t.target]?.entry)] : [];
  return [...own, ...moving].map((a) => a.type);
}

export function allowedEvents(def: WorkflowDefinition, snapshot: WorkflowSnapshot | null, actor: Actor, ctx: WorkflowContext): AllowedEvent[] {
  const from = snapshot?.value ?? def.machine.initial;
  const on = def.machine.states[from]?.on ?? {};
  const env: GuardEnv = { actor, grants: actor.grants, ctx, event: { type: '' }, assumeComment: true };
  const out: AllowedEvent[] = [];
  for (const type of Object.keys(on)) {
    const eventEnv = { ...env, event: { type } };
    const chosen = (candidatesOf(def, from, type) ?? []).find((c) => !c.guard || evaluateGuard(c.guard, eventEnv));
    const label = def.events[type]?.label;
    if (!chosen || !label) continue;
    const names = actionNames(def, from, chosen);
    out.push({
      type, label, target: chosen.target ?? from,
      requiresComment: names.includes('requireComment') || (chosen.guard !== undefined && guardMentions(chosen.guard, 'commentPresent')),
      requiresSignature: names.includes('requireSignature'),
    });
  }
  return out;
}

export interface StateInfo extends StateMeta { state: string }

/** The meta of the snapshot's state (initial state for null); null when the state is not in the definition. */
export function stateInfo(def: WorkflowDefinition, snapshot: WorkflowSnapshot | null): StateInfo | null {
  const state = snapshot?.value ?? def.machine.initial;
  return Object.hasOwn(def.machine.states, state) ? { state, ...def.machine.states[state].meta } : null;
}
