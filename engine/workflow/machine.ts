// Turns a checked workflow definition into an XState machine whose guards call the
// registry and whose actions are inert (XState's pure transition() only returns them),
// and converts between XState snapshots and the small JSON snapshot the server stores.
import { createMachine, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { TransitionConfig, WorkflowDefinition } from '@/engine/definitions/workflow';
import type { GuardEnv } from './context';
import { evaluateGuard } from './evaluate-guard';
import { ACTION_BY_NAME, GUARD_BY_NAME } from './registry';

/** What the server persists (jsonb): the current state name. Flat machines need nothing else. */
export interface WorkflowSnapshot { value: string }

/** The event XState sees: the user's event type plus the guard environment. */
export interface MachineEvent { type: string; env: GuardEnv }

type GuardImpl = (args: { event: MachineEvent }, params: Record<string, unknown> | undefined) => boolean;

const cache = new WeakMap<WorkflowDefinition, AnyStateMachine>();

/** Builds (once per definition object) the XState machine. Throws if XState refuses the config. */
export function buildMachine(def: WorkflowDefinition): AnyStateMachine {
  const cached = cache.get(def);
  if (cached) return cached;
  const guards: Record<string, GuardImpl> = {};
  for (const name of GUARD_BY_NAME.keys()) guards[name] = ({ event }, params) => evaluateGuard({ type: name, params }, event.env);
  const actions: Record<string, () => void> = {};
  for (const name of ACTION_BY_NAME.keys()) actions[name] = () => undefined;
  const machine = createMachine(def.machine as never, { guards, actions } as never) as AnyStateMachine;
  cache.set(def, machine);
  return machine;
}

export function toXStateSnapshot(def: WorkflowDefinition, snapshot: WorkflowSnapshot): AnyMachineSnapshot {
  return buildMachine(def).resolveState({ value: snapshot.value, context: {} });
}

export function persistSnapshot(snapshot: AnyMachineSnapshot): WorkflowSnapshot {
  return { value: String(snapshot.value) };
}

/** The stored snapshot if it names a state of this definition, else null (e.g. state removed in a new version). */
export function restoreSnapshot(def: WorkflowDefinition, stored: unknown): WorkflowSnapshot | null {
  if (stored === null || typeof stored !== 'object') return null;
  const value = (stored as { value?: unknown }).value;
  return typeof value === 'string' && Object.hasOwn(def.machine.states, value) ? { value } : null;
}

export function initialSnapshot(def: WorkflowDefinition): WorkflowSnapshot {
  return { value: def.machine.initial };
}

/** The candidate transitions for an event in a state, in order; null when the state does not handle it. */
export function candidatesOf(def: WorkflowDefinition, state: string, eventType: string): TransitionConfig[] | null {
  const on = def.machine.states[state]?.on;
  if (!on || !Object.hasOwn(on, eventType)) return null;
  const t = on[eventType];
  return typeof t === 'string' ? [{ target: t }] : Array.isArray(t) ? t : [t];
}

export function actionsOf(config: TransitionConfig['actions']): NonNullable<TransitionConfig['guard']>[] {
  return config === undefined ? [] : Array.isArray(config) ? config : [config];
}
