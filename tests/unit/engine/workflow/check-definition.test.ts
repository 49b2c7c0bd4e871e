import { describe, expect, it } from 'vitest';
import { pointerOf } from '@/engine/core/issue';
import { checkWorkflowDefinition, workflowDefinitionSchema } from '@/engine/definitions/workflow';
import { rawDefinitions } from './fixtures/world';

const meta = (status: string) => ({ status, editable: status === 'draft', label: { vi: status, en: status } });
const events = { SUBMIT: { label: { vi: 'Gửi', en: 'Submit' } }, APPROVE: { label: { vi: 'Duyệt', en: 'Approve' } } };

function base(): Record<string, unknown> & { machine: { id: string; initial: string; states: Record<string, Record<string, unknown>> } } {
  return {
    kind: 'workflow', code: 'w', version: 1, title: { vi: 'Quy trình' }, events,
    machine: { id: 'w', initial: 'draft', states: {
      draft: { meta: meta('draft'), on: { SUBMIT: { target: 'submitted', guard: { type: 'actorHasRole', params: { role: 'data_entry' } } } } },
      submitted: { meta: meta('submitted'), on: { APPROVE: [{ target: 'approved', guard: { type: 'actorAtLevel', params: { levels: ['district'] } }, actions: [{ type: 'lock' }] }] } },
      approved: { meta: { ...meta('approved'), final: true } },
    } },
  };
}

function issuesOf(mutate: (d: ReturnType<typeof base>) => void): { pointer: string; message: string }[] {
  const d = base();
  mutate(d);
  const parsed = workflowDefinitionSchema.safeParse(d);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ pointer: pointerOf(i.path), message: i.message }));
  return checkWorkflowDefinition(parsed.data);
}

type States = Record<string, Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
const S = (d: ReturnType<typeof base>): States => d.machine.states as States;

describe('checkWorkflowDefinition (WF-1, DESIGN §3)', () => {
  it.each(Object.entries(rawDefinitions))('WF-1 the %s fixture is valid', (_name, raw) => {
    expect(checkWorkflowDefinition(workflowDefinitionSchema.parse(raw))).toEqual([]);
  });

  it('WF-1 the minimal definition is valid', () => {
    expect(issuesOf(() => undefined)).toEqual([]);
  });

  it.each<[string, (d: ReturnType<typeof base>) => void, string, RegExp]>([
    ['unknown guard', (d) => { S(d).draft.on.SUBMIT.guard.type = 'actorIsBoss'; }, '/machine/states/draft/on/SUBMIT/guard/type', /unknown guard/],
    ['action used as a guard', (d) => { S(d).draft.on.SUBMIT.guard = { type: 'lock' }; }, '/machine/states/draft/on/SUBMIT/guard/type', /is an action/],
    ['invalid role param', (d) => { S(d).draft.on.SUBMIT.guard.params.role = 'boss'; }, '/machine/states/draft/on/SUBMIT/guard/params/role', /./],
    ['missing required param', (d) => { S(d).draft.on.SUBMIT.guard.params = {}; }, '/machine/states/draft/on/SUBMIT/guard/params/role', /./],
    ['extra param', (d) => { S(d).draft.on.SUBMIT.guard.params.colour = 'red'; }, '/machine/states/draft/on/SUBMIT/guard/params', /colour/],
    ['nested guard inside allOf', (d) => { S(d).draft.on.SUBMIT.guard = { type: 'allOf', params: { guards: [{ type: 'noBlockingErrors' }, { type: 'actorAtLevel', params: { levels: [] } }] } }; },
      '/machine/states/draft/on/SUBMIT/guard/params/guards/1/params/levels', /./],
    ['nested unknown guard inside not', (d) => { S(d).draft.on.SUBMIT.guard = { type: 'not', params: { guard: { type: 'zzz' } } }; }, '/machine/states/draft/on/SUBMIT/guard/params/guard/type', /unknown guard/],
    ['bad inline window', (d) => { S(d).draft.on.SUBMIT.guard = { type: 'withinWindow', params: { window: { kind: 'last-days-of-month', days: 40 } } }; }, '/machine/states/draft/on/SUBMIT/guard/params/window/days', /./],
    ['unknown action', (d) => { S(d).submitted.on.APPROVE[0].actions = [{ type: 'sendFax' }]; }, '/machine/states/submitted/on/APPROVE/0/actions/0/type', /unknown action/],
    ['guard used as an action', (d) => { S(d).submitted.on.APPROVE[0].actions = [{ type: 'lock' }, { type: 'commentPresent' }]; }, '/machine/states/submitted/on/APPROVE/0/actions/1/type', /is a guard/],
    ['invalid action params', (d) => { S(d).submitted.on.APPROVE[0].actions = [{ type: 'notify', params: { to: 'everyone', template: 'x' } }]; }, '/machine/states/submitted/on/APPROVE/0/actions/0/params/to', /./],
    ['unknown target', (d) => { S(d).draft.on.SUBMIT.target = 'nowhere'; }, '/machine/states/draft/on/SUBMIT/target', /does not exist/],
    ['unknown target (string form)', (d) => { S(d).draft.on.SUBMIT = 'nowhere'; }, '/machine/states/draft/on/SUBMIT', /does not exist/],
    ['unknown initial state', (d) => { d.machine.initial = 'start'; }, '/machine/initial', /does not exist/],
    ['unreachable state', (d) => { S(d).orphan = { meta: meta('rejected') }; }, '/machine/states/orphan', /cannot be reached/],
    ['missing meta', (d) => { delete S(d).approved.meta; }, '/machine/states/approved/meta', /./],
    ['bad status in meta', (d) => { S(d).approved.meta.status = 'done'; }, '/machine/states/approved/meta/status', /./],
    ['event without label', (d) => { S(d).approved.on = { REOPEN: 'draft' }; }, '/machine/states/approved/on/REOPEN', /not declared/],
    ['transition shadowed by an unguarded one', (d) => { S(d).submitted.on.APPROVE = [{ target: 'approved' }, { target: 'draft' }]; }, '/machine/states/submitted/on/APPROVE/1', /unreachable/],
    ['entry actions on the initial state', (d) => { S(d).draft.entry = [{ type: 'lock' }]; }, '/machine/states/draft/entry', /initial state/],
    ['XState features outside the language', (d) => { S(d).submitted.after = { 1000: 'approved' }; }, '/machine/states/submitted', /after/],
    ['lower-case event name', (d) => { S(d).draft.on = { submit: 'submitted' }; }, '/machine/states/draft/on/submit', /./],
  ])('WF-1 refuses %s with a pointer', (_name, mutate, pointer, message) => {
    const issues = issuesOf(mutate);
    expect(issues.map((i) => i.pointer), JSON.stringify(issues)).toContain(pointer);
    expect(issues.find((i) => i.pointer === pointer)?.message).toMatch(message);
  });
});
