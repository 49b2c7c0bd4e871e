// Import-time checks of a workflow beyond its schema: every guard/action name exists in
// the registry with valid params (pointers down to the param), targets exist, every state
// is reachable, every event has a label, and XState itself accepts the machine.
import type { LocalIssue } from '@/engine/core/issue';
import { pointerOf } from '@/engine/core/issue';
import type { NamedRef, StateConfig, TransitionConfig, WorkflowDefinition } from '@/engine/definitions/workflow';
import { actionsOf, buildMachine, candidatesOf } from './machine';
import { ACTION_BY_NAME, GUARD_BY_NAME } from './registry';

function checkParams(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, params: unknown, at: string): LocalIssue[] {
  const parsed = schema.safeParse(params ?? {});
  return parsed.success ? [] : (parsed.error?.issues ?? []).map((i) => ({ pointer: `${at}/params${pointerOf(i.path)}`, message: i.message }));
}

export function checkGuardRef(ref: NamedRef, at: string): LocalIssue[] {
  const entry = GUARD_BY_NAME.get(ref.type);
  if (!entry) {
    const message = ACTION_BY_NAME.has(ref.type) ? `'${ref.type}' is an action, not a guard` : `unknown guard '${ref.type}'; known guards: ${[...GUARD_BY_NAME.keys()].join(', ')}`;
    return [{ pointer: `${at}/type`, message }];
  }
  const issues = checkParams(entry.params, ref.params, at);
  if (issues.length > 0 || entry.scope !== 'combinator') return issues;
  const children = entry.children(ref.params ?? {});
  return children.flatMap((child, i) => checkGuardRef(child, entry.combine === 'not' ? `${at}/params/guard` : `${at}/params/guards/${i}`));
}

function checkActions(config: TransitionConfig['actions'], at: string): LocalIssue[] {
  return actionsOf(config).flatMap((ref, i) => {
    const here = Array.isArray(config) ? `${at}/${i}` : at;
    const entry = ACTION_BY_NAME.get(ref.type);
    if (entry) return checkParams(entry.params, ref.params, here);
    const message = GUARD_BY_NAME.has(ref.type) ? `'${ref.type}' is a guard, not an action` : `unknown action '${ref.type}'; known actions: ${[...ACTION_BY_NAME.keys()].join(', ')}`;
    return [{ pointer: `${here}/type`, message }];
  });
}

function checkState(def: WorkflowDefinition, name: string, state: StateConfig): LocalIssue[] {
  const base = `/machine/states/${name}`;
  const issues = [...checkActions(state.entry, `${base}/entry`), ...checkActions(state.exit, `${base}/exit`)];
  if (name === def.machine.initial && state.entry !== undefined) {
    issues.push({ pointer: `${base}/entry`, message: 'the initial state cannot have entry actions (a new record has no acting user yet)' });
  }
  for (const [event, raw] of Object.entries(state.on ?? {})) {
    const at = `${base}/on/${event}`;
    if (!Object.hasOwn(def.events, event)) issues.push({ pointer: at, message: `event ${event} is not declared in /events (it needs a label)` });
    (candidatesOf(def, name, event) ?? []).forEach((t, i) => {
      const here = typeof raw === 'string' ? at : Array.isArray(raw) ? `${at}/${i}` : at;
      if (t.target !== undefined && !Object.hasOwn(def.machine.states, t.target)) {
        issues.push({ pointer: typeof raw === 'string' ? here : `${here}/target`, message: `target state '${t.target}' does not exist` });
      }
      if (t.guard) issues.push(...checkGuardRef(t.guard, `${here}/guard`));
      issues.push(...checkActions(t.actions, `${here}/actions`));
      const previous = Array.isArray(raw) && i > 0 ? raw[i - 1] : undefined;
      if (previous && !previous.guard) issues.push({ pointer: here, message: 'unreachable: the previous transition has no guard and always wins' });
    });
  }
  return issues;
}

function unreachableStates(def: WorkflowDefinition): LocalIssue[] {
  const seen = new Set<string>([def.machine.initial]);
  const queue = [def.machine.initial];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    for (const event of Object.keys(def.machine.states[name]?.on ?? {})) {
      for (const t of candidatesOf(def, name, event) ?? []) {
        if (t.target && !seen.has(t.target) && Object.hasOwn(def.machine.states, t.target)) { seen.add(t.target); queue.push(t.target); }
      }
    }
  }
  return Object.keys(def.machine.states).filter((s) => !seen.has(s))
    .map((s) => ({ pointer: `/machine/states/${s}`, message: `state '${s}' cannot be reached from '${def.machine.initial}'` }));
}

export function checkWorkflowSemantics(def: WorkflowDefinition): LocalIssue[] {
  if (!Object.hasOwn(def.machine.states, def.machine.initial)) {
    return [{ pointer: '/machine/initial', message: `initial state '${def.machine.initial}' does not exist` }];
  }
  const issues = Object.entries(def.machine.states).flatMap(([name, state]) => checkState(def, name, state));
  issues.push(...unreachableStates(def));
  if (issues.length > 0) return issues;
  try {
    buildMachine(def);
  } catch (e) {
    return [{ pointer: '/machine', message: `XState refuses the machine: ${e instanceof Error ? e.message : String(e)}` }];
  }
  return [];
}
