import { describe, expect, it } from 'vitest';
import type { Actor } from '@/engine/access/actor';
import type { WorkflowDefinition } from '@/engine/definitions/workflow';
import { allowedEvents, transition, type WorkflowContext, type WorkflowEvent, type WorkflowSnapshot } from '@/engine/workflow';
import { actors, ctx, definitions, units } from './fixtures/world';

interface Step { actor: Actor; event: WorkflowEvent; expect: string; effects?: string[] }

/** Runs the steps from a new record; each step either reaches a state or is refused with a code. */
function run(def: WorkflowDefinition, context: WorkflowContext, steps: Step[]): void {
  let snapshot: WorkflowSnapshot | null = null;
  for (const step of steps) {
    const r = transition(def, snapshot, step.event, step.actor, context);
    if (r.ok) {
      expect(r.state, `${step.actor.accountId} ${step.event.type}`).toBe(step.expect);
      if (step.effects) expect(r.effects.map((e) => e.type)).toEqual(step.effects);
      snapshot = r.snapshot;
    } else {
      expect(`refused:${r.code}`, `${step.actor.accountId} ${step.event.type}: ${r.reason.en}`).toBe(step.expect);
    }
  }
}

const { clerk, district, province, otherDistrict, otherProvince, mixed, viewer } = actors;
const why = 'Thiếu số liệu thôn 3';

describe('commune → district → province with return-with-reason (WF-1, WF-2)', () => {
  const def = definitions.threeLevel;
  it.each<[string, Step[]]>([
    ['WF-1 happy path through district and province', [
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict', effects: ['lock', 'notify'] },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atProvince', effects: ['stampApproval', 'notify'] },
      { actor: province, event: { type: 'APPROVE' }, expect: 'approved', effects: ['stampApproval', 'notify'] },
    ]],
    ['WF-1 district returns with a reason, commune resubmits', [
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'RETURN' }, expect: 'refused:comment-required' },
      { actor: district, event: { type: 'RETURN', comment: '   ' }, expect: 'refused:comment-required' },
      { actor: district, event: { type: 'RETURN', comment: why }, expect: 'returned', effects: ['requireComment', 'unlock', 'notify'] },
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
    ]],
    ['WF-1 province returns with a reason', [
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atProvince' },
      { actor: province, event: { type: 'RETURN', comment: why }, expect: 'returned' },
    ]],
    ['WF-2 wrong actors are refused at each level', [
      { actor: district, event: { type: 'SUBMIT' }, expect: 'refused:guard-failed' },
      { actor: clerk, event: { type: 'APPROVE' }, expect: 'refused:event-not-allowed' },
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: clerk, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: otherDistrict, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: province, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: mixed, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: viewer, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atProvince' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: otherProvince, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: clerk, event: { type: 'FOO' }, expect: 'refused:unknown-event' },
    ]],
    ['WF-2 unapprove by the province only, with a reason', [
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atProvince' },
      { actor: province, event: { type: 'APPROVE' }, expect: 'approved' },
      { actor: district, event: { type: 'UNAPPROVE', comment: why }, expect: 'refused:guard-failed' },
      { actor: province, event: { type: 'UNAPPROVE' }, expect: 'refused:comment-required' },
      { actor: province, event: { type: 'UNAPPROVE', comment: why }, expect: 'atProvince' },
    ]],
  ])('%s', (_name, steps) => run(def, ctx(), steps));

  it('WF-1 blocking errors stop the submission', () => {
    run(def, ctx({ blockingErrors: 2 }), [{ actor: clerk, event: { type: 'SUBMIT' }, expect: 'refused:guard-failed' }]);
    const r = transition(def, null, { type: 'SUBMIT' }, clerk, ctx({ blockingErrors: 2 }));
    expect(r.ok === false && r.guard).toBe('noBlockingErrors');
    expect(r.ok === false && r.reason.vi).toContain('lỗi');
  });

  it('ORG-1 the same definition routes commune → province when the commune has no district (after 1 July 2025)', () => {
    run(def, ctx({ unit: units.c1new }), [
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atProvince', effects: ['lock', 'notify'] },
      { actor: district, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: province, event: { type: 'APPROVE' }, expect: 'approved' },
    ]);
  });
});

describe("a person's own record, approved and signed by their unit in the last 5 days of the month (WF-3, WF-4, PER-5)", () => {
  const def = definitions.ownRecord;
  const staff = actors.clerk;
  const approver = { ...actors.district, accountId: 'head', grants: [{ role: 'approver' as const, unit: units.c1, domain: null }] };
  const owned = (now: string) => ctx({ ownerAccountId: 'clerk' }, now);
  const inWindow = '2025-02-25T03:00:00Z', outside = '2025-02-20T03:00:00Z';

  it.each<[string, string, Step[]]>([
    ['WF-3 approve with a signature inside the window', inWindow, [
      { actor: staff, event: { type: 'SUBMIT' }, expect: 'submitted', effects: ['notify', 'lock'] },
      { actor: approver, event: { type: 'APPROVE' }, expect: 'refused:signature-required' },
      { actor: approver, event: { type: 'APPROVE', signature: 'MIIB...' }, expect: 'approved', effects: ['requireSignature', 'stampApproval', 'notify'] },
    ]],
    ['PER-5 approval outside the last 5 days is refused', outside, [
      { actor: staff, event: { type: 'SUBMIT' }, expect: 'submitted' },
      { actor: approver, event: { type: 'APPROVE', signature: 'MIIB...' }, expect: 'refused:guard-failed' },
      { actor: approver, event: { type: 'RETURN' }, expect: 'refused:guard-failed' },
      { actor: approver, event: { type: 'RETURN', comment: 'Sai ngày sinh' }, expect: 'returned' },
    ]],
    ['WF-4 only the owner submits; a higher unit alone may unapprove', inWindow, [
      { actor: approver, event: { type: 'SUBMIT' }, expect: 'refused:guard-failed' },
      { actor: staff, event: { type: 'SUBMIT' }, expect: 'submitted' },
      { actor: staff, event: { type: 'APPROVE', signature: 'x' }, expect: 'refused:guard-failed' },
      { actor: approver, event: { type: 'APPROVE', signature: 'x' }, expect: 'approved' },
      { actor: approver, event: { type: 'UNAPPROVE', comment: 'nhầm' }, expect: 'refused:guard-failed' },
      { actor: district, event: { type: 'UNAPPROVE', comment: 'nhầm' }, expect: 'returned' },
    ]],
  ])('%s', (_name, now, steps) => run(def, owned(now), steps));

  it('WF-3 the window follows the Hanoi calendar day (24 Feb 17:00Z is already the 25th)', () => {
    const submitted = { value: 'submitted' };
    expect(transition(def, submitted, { type: 'APPROVE', signature: 's' }, approver, owned('2025-02-23T16:59:00Z')).ok).toBe(false);
    expect(transition(def, submitted, { type: 'APPROVE', signature: 's' }, approver, owned('2025-02-23T17:00:00Z')).ok).toBe(true);
  });
});

describe('commune → district → sector department → provincial agency (ORG-3, WF-1, WF-2)', () => {
  const def = definitions.fourLevel;
  const { deptDanToc, deptGiamNgheo, otherDeptDanToc } = actors;
  it.each<[string, Step[]]>([
    ['ORG-3 the department of the domain in the same province verifies', [
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atDepartment' },
      { actor: deptGiamNgheo, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: otherDeptDanToc, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: province, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: deptDanToc, event: { type: 'APPROVE' }, expect: 'atProvince' },
      { actor: deptDanToc, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: province, event: { type: 'APPROVE' }, expect: 'approved', effects: ['stampApproval', 'notify'] },
      { actor: province, event: { type: 'RETURN', comment: why }, expect: 'refused:event-not-allowed' },
    ]],
    ['WF-1 the department returns with a reason', [
      { actor: clerk, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atDepartment' },
      { actor: deptDanToc, event: { type: 'RETURN', comment: why }, expect: 'returned' },
    ]],
  ])('%s', (_name, steps) => run(def, ctx({ domain: 'dan-toc' }), steps));
});

describe('allowedEvents never offers what transition refuses (WF-1)', () => {
  const cases: Array<[string, WorkflowDefinition, string | null, Actor, WorkflowContext]> = [];
  const states = (d: WorkflowDefinition) => [null, ...Object.keys(d.machine.states)];
  for (const [name, def] of Object.entries(definitions)) {
    for (const s of states(def)) {
      for (const a of Object.values(actors)) {
        for (const c of [ctx({ domain: 'dan-toc', ownerAccountId: 'clerk' }, '2025-02-26T03:00:00Z'), ctx({ unit: units.c1new }), ctx({ blockingErrors: 1 })]) cases.push([name, def, s, a, c]);
      }
    }
  }
  it('WF-1 for every fixture, state, actor and context, offered events succeed with comment and signature', () => {
    for (const [name, def, s, a, c] of cases) {
      const snapshot = s === null ? null : { value: s };
      const offered = allowedEvents(def, snapshot, a, c);
      for (const e of offered) {
        const r = transition(def, snapshot, { type: e.type, comment: 'ok', signature: 'sig' }, a, c);
        expect(r.ok, `${name} ${s} ${a.accountId} ${e.type}`).toBe(true);
        if (r.ok) expect(r.state).toBe(e.target);
      }
      for (const type of Object.keys(def.events).filter((t) => !offered.some((e) => e.type === t))) {
        expect(transition(def, snapshot, { type, comment: 'ok', signature: 'sig' }, a, c).ok, `${name} ${s} ${a.accountId} ${type}`).toBe(false);
      }
    }
  });

  it('WF-3 reports comment and signature requirements instead of hiding the button', () => {
    const approver = { ...actors.district, grants: [{ role: 'approver' as const, unit: units.c1, domain: null }] };
    const offered = allowedEvents(definitions.ownRecord, { value: 'submitted' }, approver, ctx({}, '2025-02-26T03:00:00Z'));
    expect(offered.map((e) => [e.type, e.requiresComment, e.requiresSignature])).toEqual([['APPROVE', false, true], ['RETURN', true, false]]);
  });
});
