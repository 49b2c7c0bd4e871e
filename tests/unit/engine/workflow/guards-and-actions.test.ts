import { describe, expect, it } from 'vitest';
import type { Actor } from '@/engine/access/actor';
import { definePeriod } from './fixtures/period';
import { ACTION_BY_NAME, evaluateGuard, type GuardEnv, type WorkflowContext, type WorkflowEvent } from '@/engine/workflow';
import { actors, ctx, units } from './fixtures/world';

const env = (actor: Actor, context: WorkflowContext = ctx(), event: WorkflowEvent = { type: 'E' }, assumeComment = false): GuardEnv =>
  ({ actor, grants: actor.grants, ctx: context, event, assumeComment });
const g = (type: string, params?: Record<string, unknown>) => ({ type, ...(params ? { params } : {}) });
const monthlyPeriod = definePeriod();

describe('guards (WF-1, WF-2, WF-3, ORG-3, PER-5)', () => {
  it.each<[string, ReturnType<typeof g>, GuardEnv, boolean]>([
    ['actorHasRole: role held', g('actorHasRole', { role: 'approver' }), env(actors.district), true],
    ['actorHasRole: role not held', g('actorHasRole', { role: 'data_entry' }), env(actors.district), false],
    ['actorHasRole: explicit domain matches the grant', g('actorHasRole', { role: 'approver', domain: 'dan-toc' }), env(actors.deptDanToc), true],
    ['actorHasRole: grant of another domain', g('actorHasRole', { role: 'approver', domain: 'dan-toc' }), env(actors.deptGiamNgheo), false],
    ['actorHasRole: subject domain used by default', g('actorHasRole', { role: 'approver' }), env(actors.deptGiamNgheo, ctx({ domain: 'dan-toc' })), false],
    ['actorHasRole: unrestricted grant covers every domain', g('actorHasRole', { role: 'approver' }), env(actors.district, ctx({ domain: 'dan-toc' })), true],
    ['actorAtLevel: district grant', g('actorAtLevel', { levels: ['district', 'province'] }), env(actors.district), true],
    ['actorAtLevel: commune grant', g('actorAtLevel', { levels: ['district'] }), env(actors.clerk), false],
    ['actorInUnit: grant on the subject unit', g('actorInUnit'), env(actors.clerk), true],
    ['actorInUnit: grant elsewhere', g('actorInUnit'), env(actors.district), false],
    ['actorIsAncestorOfUnit: district above commune', g('actorIsAncestorOfUnit'), env(actors.district), true],
    ['actorIsAncestorOfUnit: province two levels up', g('actorIsAncestorOfUnit'), env(actors.province), true],
    ['actorIsAncestorOfUnit: levelsUp 1 excludes the province', g('actorIsAncestorOfUnit', { levelsUp: 1 }), env(actors.province), false],
    ['actorIsAncestorOfUnit: levelsUp 1 includes the parent', g('actorIsAncestorOfUnit', { levelsUp: 1 }), env(actors.district), true],
    ['actorIsAncestorOfUnit: same unit is not strict ancestor', g('actorIsAncestorOfUnit'), env(actors.clerk), false],
    ['actorIsAncestorOfUnit: other district', g('actorIsAncestorOfUnit'), env(actors.otherDistrict), false],
    ['actorIsAncestorOfUnit: uses the tree on the data date', g('actorIsAncestorOfUnit'), env(actors.district, ctx({ unit: units.c1new })), false],
    ['actorInSubtreeOfAncestor: department of the province', g('actorInSubtreeOfAncestor', { level: 'province' }), env(actors.deptDanToc), true],
    ['actorInSubtreeOfAncestor: department of another province', g('actorInSubtreeOfAncestor', { level: 'province' }), env(actors.otherDeptDanToc), false],
    ['actorInSubtreeOfAncestor: the province itself', g('actorInSubtreeOfAncestor', { level: 'province' }), env(actors.province), true],
    ['actorInSubtreeOfAncestor: subject is itself at the level', g('actorInSubtreeOfAncestor', { level: 'province' }), env(actors.deptDanToc, ctx({ unit: units.p1 })), true],
    ['actorInSubtreeOfAncestor: no ancestor at the level', g('actorInSubtreeOfAncestor', { level: 'district' }), env(actors.district, ctx({ unit: units.c1new })), false],
    ['actorOfUnitType: home unit is a department', g('actorOfUnitType', { types: ['department'] }), env(actors.deptDanToc), true],
    ['actorOfUnitType: home unit is a district', g('actorOfUnitType', { types: ['department'] }), env(actors.district), false],
    ['actorOwnsRecord: owner', g('actorOwnsRecord'), env(actors.clerk, ctx({ ownerAccountId: 'clerk' })), true],
    ['actorOwnsRecord: someone else', g('actorOwnsRecord'), env(actors.district, ctx({ ownerAccountId: 'clerk' })), false],
    ['actorOwnsRecord: no owner', g('actorOwnsRecord'), env(actors.clerk), false],
    ['rule: json-logic over the data is truthy', g('rule', { logic: { '>': [{ var: 'soHo' }, 0] } }), env(actors.clerk, ctx({ data: { soHo: 3 } })), true],
    ['rule: json-logic over the data is falsy', g('rule', { logic: { '>': [{ var: 'soHo' }, 0] } }), env(actors.clerk, ctx({ data: { soHo: 0 } })), false],
    ['noBlockingErrors: none', g('noBlockingErrors'), env(actors.clerk), true],
    ['noBlockingErrors: some', g('noBlockingErrors'), env(actors.clerk, ctx({ blockingErrors: 1 })), false],
    ['commentPresent: comment given', g('commentPresent'), env(actors.clerk, ctx(), { type: 'E', comment: 'lý do' }), true],
    ['commentPresent: blank comment', g('commentPresent'), env(actors.clerk, ctx(), { type: 'E', comment: ' ' }), false],
    ['commentPresent: assumed by allowedEvents', g('commentPresent'), env(actors.clerk, ctx(), { type: 'E' }, true), true],
    ['withinWindow: inline last 5 days, inside', g('withinWindow', { window: { kind: 'last-days-of-month', days: 5 } }), env(actors.clerk, ctx({}, '2025-03-28T03:00:00Z')), true],
    ['withinWindow: inline last 5 days, outside', g('withinWindow', { window: { kind: 'last-days-of-month', days: 5 } }), env(actors.clerk, ctx({}, '2025-03-20T03:00:00Z')), false],
    ['withinWindow: from the period definition, inside', g('withinWindow'), env(actors.clerk, ctx({ period: { definition: monthlyPeriod, key: '2025M03' } }, '2025-03-28T03:00:00Z')), true],
    ['withinWindow: from the period definition, outside', g('withinWindow'), env(actors.clerk, ctx({ period: { definition: monthlyPeriod, key: '2025M03' } }, '2025-03-02T03:00:00Z')), false],
    ['withinWindow: no window anywhere', g('withinWindow'), env(actors.clerk), false],
    ['unitTreeHasLevel: district ancestor before the reform', g('unitTreeHasLevel', { level: 'district' }), env(actors.clerk), true],
    ['unitTreeHasLevel: no district after the reform', g('unitTreeHasLevel', { level: 'district' }), env(actors.clerk, ctx({ unit: units.c1new })), false],
    ['unitTreeHasLevel: present=false after the reform', g('unitTreeHasLevel', { level: 'district', present: false }), env(actors.clerk, ctx({ unit: units.c1new })), true],
    ['allOf: all pass', g('allOf', { guards: [g('actorHasRole', { role: 'approver' }), g('actorAtLevel', { levels: ['district'] })] }), env(actors.district), true],
    ['allOf: grant conditions must hold on the same grant', g('allOf', { guards: [g('actorHasRole', { role: 'approver' }), g('actorAtLevel', { levels: ['district'] })] }), env(actors.mixed), false],
    ['allOf: a subject condition fails', g('allOf', { guards: [g('actorHasRole', { role: 'approver' }), g('noBlockingErrors')] }), env(actors.district, ctx({ blockingErrors: 1 })), false],
    ['anyOf: one passes', g('anyOf', { guards: [g('actorHasRole', { role: 'viewer' }), g('actorAtLevel', { levels: ['district'] })] }), env(actors.district), true],
    ['anyOf: none passes', g('anyOf', { guards: [g('actorHasRole', { role: 'viewer' }), g('actorInUnit')] }), env(actors.district), false],
    ['not: negates', g('not', { guard: g('actorOwnsRecord') }), env(actors.district, ctx({ ownerAccountId: 'clerk' })), true],
    ['not: negates a pass', g('not', { guard: g('noBlockingErrors') }), env(actors.district), false],
    ['unknown guard fails closed', g('nope'), env(actors.district), false],
  ])('%s', (_name, ref, e, expected) => {
    expect(evaluateGuard(ref, e)).toBe(expected);
  });
});

describe('actions produce effects as data (WF-1, WF-3)', () => {
  const e = env(actors.district, ctx({}, '2025-03-10T03:00:00Z'), { type: 'RETURN', comment: ' Thiếu ', signature: 'sig' });
  const step = { event: 'RETURN', state: 'returned' };
  it.each<[string, Record<string, unknown> | undefined, unknown]>([
    ['lock', undefined, { type: 'lock' }],
    ['unlock', undefined, { type: 'unlock' }],
    ['notify', { to: 'submitter', template: 'returned' }, { type: 'notify', to: 'submitter', template: 'returned', event: 'RETURN', state: 'returned', comment: ' Thiếu ' }],
    ['notify', { to: { role: 'approver', level: 'province' }, template: 't' }, { type: 'notify', to: { role: 'approver', level: 'province' }, template: 't', event: 'RETURN', state: 'returned', comment: ' Thiếu ' }],
    ['requireComment', undefined, { type: 'requireComment', comment: 'Thiếu' }],
    ['requireSignature', undefined, { type: 'requireSignature', signature: 'sig' }],
    ['stampApproval', { level: 'district' }, { type: 'stampApproval', level: 'district', accountId: 'district', at: '2025-03-10T03:00:00.000Z' }],
  ])('WF-1 %s %j', (name, params, effect) => {
    expect(ACTION_BY_NAME.get(name)?.produce(params, e, step)).toEqual(effect);
  });
});
