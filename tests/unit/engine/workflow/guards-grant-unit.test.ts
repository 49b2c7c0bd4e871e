// actorGrantUnitOfType and actorGrantUnitHasDomain: the granting unit's type and domains
// (from the unit tree) decide, so "the province's agency for this domain approves" is data.
import { describe, expect, it } from 'vitest';
import type { Actor, UnitRef } from '@/engine/access/actor';
import { evaluateGuard, type GuardEnv, type WorkflowContext } from '@/engine/workflow';
import { actor, ctx, units } from './fixtures/world';

const env = (a: Actor, context: WorkflowContext = ctx({ domain: 'dan-toc' })): GuardEnv => ({ actor: a, grants: a.grants, ctx: context, event: { type: 'E' }, assumeComment: false });
const g = (type: string, params?: Record<string, unknown>) => ({ type, ...(params ? { params } : {}) });
const agency = (base: UnitRef, domains: string[]): UnitRef => ({ ...base, unitType: 'agency', domains });

const ethnicAgency = agency(units.dep1, ['dan-toc']);
const otherAgency = agency(units.dep1, ['giam-ngheo']);
const foreignAgency = agency(units.dep2, ['dan-toc']);
const province: UnitRef = { ...units.p1, unitType: 'territorial', domains: [] };
const actors = {
  ethnic: actor('ethnic', ethnicAgency, [['approver', ethnicAgency, null]]),
  other: actor('other', otherAgency, [['approver', otherAgency, null]]),
  foreign: actor('foreign', foreignAgency, [['approver', foreignAgency, null]]),
  /** A province approver limited to the domain: no longer enough for the agency step. */
  provinceDomain: actor('prov', province, [['approver', province, 'dan-toc']]),
  /** Approver at the province and a viewer at the agency: the conditions must hold on one grant. */
  mixed: actor('mixed', province, [['approver', province, null], ['viewer', ethnicAgency, null]]),
  /** A grant unit resolved without type/domains (older callers): never passes. */
  bare: actor('bare', units.dep1, [['approver', units.dep1, null]]),
};
const agencyStep = g('allOf', { guards: [
  g('actorHasRole', { role: 'approver' }), g('actorGrantUnitHasDomain'), g('actorInSubtreeOfAncestor', { level: 'province' }),
] });

describe('grant-unit guards (ORG-3)', () => {
  it.each<[string, ReturnType<typeof g>, GuardEnv, boolean]>([
    ['type: agency grant', g('actorGrantUnitOfType', { types: ['agency'] }), env(actors.ethnic), true],
    ['type: territorial grant', g('actorGrantUnitOfType', { types: ['agency'] }), env(actors.provinceDomain), false],
    ['type: unknown type fails', g('actorGrantUnitOfType', { types: ['agency'] }), env(actors.bare), false],
    ['domain: the subject domain by default', g('actorGrantUnitHasDomain'), env(actors.ethnic), true],
    ['domain: agency of another domain', g('actorGrantUnitHasDomain'), env(actors.other), false],
    ['domain: explicit domain', g('actorGrantUnitHasDomain', { domain: 'giam-ngheo' }), env(actors.other), true],
    ['domain: subject without domain', g('actorGrantUnitHasDomain'), env(actors.ethnic, ctx({ domain: null })), false],
    ['domain: territorial unit has none', g('actorGrantUnitHasDomain'), env(actors.provinceDomain), false],
    ['domain: unresolved domains fail', g('actorGrantUnitHasDomain'), env(actors.bare), false],
    ['agency step: the province agency of the domain', agencyStep, env(actors.ethnic), true],
    ['agency step: agency of another province', agencyStep, env(actors.foreign), false],
    ['agency step: agency of another domain', agencyStep, env(actors.other), false],
    ['agency step: domain-limited province grant is not the agency', agencyStep, env(actors.provinceDomain), false],
    ['agency step: conditions from two grants do not combine', agencyStep, env(actors.mixed), false],
  ])('%s', (_n, guard, e, expected) => expect(evaluateGuard(guard, e)).toBe(expected));

  it('refuses bad params at import', async () => {
    const { GUARD_BY_NAME } = await import('@/engine/workflow/registry');
    expect(GUARD_BY_NAME.get('actorGrantUnitOfType')?.params.safeParse({ types: [] }).success).toBe(false);
    expect(GUARD_BY_NAME.get('actorGrantUnitHasDomain')?.params.safeParse({ domain: 'x', extra: 1 }).success).toBe(false);
  });
});
