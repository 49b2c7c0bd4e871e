// A unit tree shaped like the demo (Cao Bằng before and after 1 July 2025, its agencies) and
// actors at each level, for running the packs' workflows through the engine.
import type { Actor, RoleGrant, RoleName, UnitRef } from '@/engine/access/actor';
import type { WorkflowDefinition } from '@/engine/definitions/workflow';
import { transition, type WorkflowContext, type WorkflowEvent, type WorkflowSnapshot, type WorkflowSubject } from '@/engine/workflow';
import { expect } from 'vitest';

const u = (id: string, level: string, ancestorIds: string[]): UnitRef => ({ id, code: id, level, ancestorIds, unitType: 'territorial', domains: [] });
/** A provincial agency (sở, ban) with the domains it answers for, as the demo unit tree has them. */
const agency = (id: string, province: string, domains: string[]): UnitRef => ({ ...u(id, 'department', ['VN', province]), unitType: 'agency', domains });

export const units = {
  vn: u('VN', 'country', []),
  caoBang: u('04', 'province', ['VN']),
  hoaAn: u('043', 'district', ['VN', '04']),
  /** A commune before 1 July 2025 (under its district)… */
  xaOld: u('01303', 'commune', ['VN', '04', '043']),
  /** …and a commune after the reform, directly under the province. */
  xaNew: u('01273', 'commune', ['VN', '04']),
  otherXa: u('01279', 'commune', ['VN', '04']),
  soNNMT: agency('04.SNNMT', '04', ['giam-ngheo']),
  soDTTG: agency('04.SDTTG', '04', ['dan-toc']),
  soNV: agency('04.SNV', '04', ['noi-vu']),
  thaiNguyen: u('19', 'province', ['VN']),
  soThaiNguyen: agency('19.SDTTG', '19', ['dan-toc']),
  otherDistrict: u('045', 'district', ['VN', '04']),
};
const levelOf: Record<string, string> = Object.fromEntries(Object.values(units).map((x) => [x.id, x.level]));

export function actor(accountId: string, home: UnitRef, grants: Array<[RoleName, UnitRef, string | null]>): Actor {
  return { accountId, username: accountId, kind: 'person', homeUnit: home, grants: grants.map(([role, unit, domain]): RoleGrant => ({ role, unit, domain })) };
}

export function ctx(unit: UnitRef, subject: Partial<WorkflowSubject> = {}, now = '2025-10-20T03:00:00Z'): WorkflowContext {
  return {
    now: new Date(now),
    subject: { unit, ancestors: unit.ancestorIds.map((id) => ({ id, level: levelOf[id] })), ownerAccountId: null, data: {}, blockingErrors: 0, domain: null, ...subject },
  };
}

export interface Step { actor: Actor; event: WorkflowEvent; expect: string; effects?: string[] }

/** Runs the steps from a new record (or `from`); a step reaches a state or is refused with a code. Returns the last snapshot. */
export function run(def: WorkflowDefinition, context: WorkflowContext, steps: Step[], from: WorkflowSnapshot | null = null): WorkflowSnapshot | null {
  let snapshot = from;
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
  return snapshot;
}
