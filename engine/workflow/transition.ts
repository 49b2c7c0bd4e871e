// The workflow step: (definition, snapshot, event, actor, ctx) → new snapshot + effects,
// or a refusal as data with a stable code and a bilingual reason. Uses XState's pure
// transition(); nothing is executed and nothing is stored here.
import { transition as xstateTransition } from 'xstate';
import type { Actor } from '@/engine/access/actor';
import type { StateMeta, WorkflowDefinition } from '@/engine/definitions/workflow';
import { hasComment, type GuardEnv, type WorkflowContext, type WorkflowEvent } from './context';
import type { Effect } from './effects';
import { explainFailure, evaluateGuard } from './evaluate-guard';
import { buildMachine, candidatesOf, initialSnapshot, toXStateSnapshot, type WorkflowSnapshot } from './machine';
import { ACTION_BY_NAME, GUARD_BY_NAME } from './registry';
import type { Text } from './registry-types';

export type RefusalCode = 'invalid-snapshot' | 'unknown-event' | 'event-not-allowed' | 'guard-failed' | 'comment-required' | 'signature-required';

export type TransitionResult =
  | { ok: true; snapshot: WorkflowSnapshot; state: string; meta: StateMeta; effects: Effect[] }
  | { ok: false; code: RefusalCode; reason: Text; /** the guard to blame, for guard-failed */ guard?: string };

const refuse = (code: RefusalCode, vi: string, en: string, guard?: string): TransitionResult =>
  ({ ok: false, code, reason: { vi, en }, ...(guard ? { guard } : {}) });

export function transition(def: WorkflowDefinition, snapshot: WorkflowSnapshot | null, event: WorkflowEvent, actor: Actor, ctx: WorkflowContext): TransitionResult {
  const from = snapshot ?? initialSnapshot(def);
  if (!Object.hasOwn(def.machine.states, from.value)) {
    return refuse('invalid-snapshot', `Trạng thái '${from.value}' không có trong quy trình`, `State '${from.value}' is not in the workflow`);
  }
  if (!Object.hasOwn(def.events, event.type)) {
    return refuse('unknown-event', `Thao tác '${event.type}' không có trong quy trình`, `Event '${event.type}' is not in the workflow`);
  }
  const candidates = candidatesOf(def, from.value, event.type);
  const label = def.events[event.type].label;
  const stateLabel = def.machine.states[from.value].meta.label;
  if (!candidates) {
    return refuse('event-not-allowed', `Không thể "${label.vi}" ở trạng thái "${stateLabel.vi}"`, `"${label.en}" is not possible in state "${stateLabel.en}"`);
  }
  const env: GuardEnv = { actor, grants: actor.grants, ctx, event, assumeComment: false };
  if (!candidates.some((c) => !c.guard || evaluateGuard(c.guard, env))) {
    const blamed = candidates[0].guard ? explainFailure(candidates[0].guard, env) : null;
    const entry = blamed ? GUARD_BY_NAME.get(blamed.type) : undefined;
    const why = entry?.description ?? { vi: 'điều kiện không thỏa', en: 'a condition is not met' };
    return refuse('guard-failed', `Không được phép "${label.vi}": ${why.vi}`, `Not allowed to "${label.en}": ${why.en}`, blamed?.type);
  }
  const machine = buildMachine(def);
  const [next, actions] = xstateTransition(machine, toXStateSnapshot(def, from), { type: event.type, env });
  const state = String(next.value);
  const effects: Effect[] = [];
  for (const a of actions) {
    const entry = ACTION_BY_NAME.get(a.type);
    if (entry) effects.push(entry.produce(a.params, env, { event: event.type, state }));
  }
  if (effects.some((e) => e.type === 'requireComment') && !hasComment(event)) {
    return refuse('comment-required', `Cần ghi lý do khi "${label.vi}"`, `A reason is required to "${label.en}"`);
  }
  if (effects.some((e) => e.type === 'requireSignature') && !event.signature) {
    return refuse('signature-required', `Cần ký số khi "${label.vi}"`, `A digital signature is required to "${label.en}"`);
  }
  return { ok: true, snapshot: { value: state }, state, meta: def.machine.states[state].meta, effects };
}
