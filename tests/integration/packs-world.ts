// A fresh database with the demo unit trees and the packs imported from form-definitions/ and
// workflows/ (importDefinitions over the folders), accounts with tokens on units picked by code
// and date, and typed callers of the submission routes, for the per-pack API journeys.
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../support/test-db';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { send } from '../support/fixtures/forms/world';
import { seedDemoUnits } from '@/server/seed/demo-units';
import { seedDemoDefinitions } from '@/server/seed/demo';
import type { RoleName } from '@/engine/access/actor';
import { POST as postRecord } from '@/app/api/v1/forms/[code]/records/route';
import { PUT as putRecord } from '@/app/api/v1/records/[id]/route';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getHistory } from '@/app/api/v1/submissions/[id]/history/route';
import { GET as getInbox } from '@/app/api/v1/inbox/route';

export interface Grant { role: RoleName; unit: string; level: string; on?: string; domain?: string }
export interface PackWorld {
  db: TestDb;
  unitId(code: string, level: string, on?: string): Promise<string>;
  /** An account whose home unit is the first grant's unit. */
  account(username: string, grants: Grant[], kind?: 'person' | 'unit'): Promise<TestAccount>;
}

export async function createPackWorld(): Promise<PackWorld> {
  const db = await createTestDb();
  await seedDemoUnits(db.orm);
  await seedDemoDefinitions(db.orm);
  const unitId = async (code: string, level: string, on = '2026-11-20') => {
    const em = db.orm.em.fork() as EntityManager;
    const [u] = await em.execute<{ id: string }[]>(
      `select id from org_unit where code = ? and level = ? and valid_from <= ?::date and (valid_to is null or valid_to >= ?::date)`, [code, level, on, on]);
    if (!u) throw new Error(`unit ${code} (${level}) on ${on} missing`);
    return u.id;
  };
  const account = async (username: string, grants: Grant[], kind: 'person' | 'unit' = 'person') => {
    const roles = await Promise.all(grants.map(async (g) => ({ role: g.role, unitId: await unitId(g.unit, g.level, g.on), domain: g.domain ?? null })));
    return makeAccount({ username, unitId: roles[0].unitId, kind, roles });
  };
  return { db, unitId, account };
}

type Body = Record<string, unknown>;
export const api = {
  createRecord: (t: TestAccount, code: string, body: Body) => send(postRecord, { token: t.token, params: { code }, body }),
  updateRecord: (t: TestAccount, id: string, body: Body) => send(putRecord, { token: t.token, method: 'PUT', params: { id }, body }),
  saveReport: (t: TestAccount, code: string, unitCode: string, periodKey: string, body: Body) =>
    send(putReport, { token: t.token, method: 'PUT', params: { code, unitCode, periodKey }, body }),
  event: (t: TestAccount, id: string, body: Body) => send(postEvent, { token: t.token, params: { id }, body }),
  history: (t: TestAccount, id: string) => send(getHistory, { token: t.token, params: { id } }),
  inbox: (t: TestAccount) => send(getInbox, { token: t.token }),
};

export interface EventAnswer { status: number; body: { version: number; state: string; status: string; [key: string]: unknown } }

/** Sends events in order, each with the version the previous answer gave; returns the last answer. */
export async function chain(id: string, version: number, steps: Array<[TestAccount, Body]>): Promise<EventAnswer> {
  let last: EventAnswer = { status: 0, body: { version, state: '', status: '' } };
  for (const [who, body] of steps) {
    last = await api.event(who, id, { expectedVersion: last.body.version, ...body });
    if (last.status !== 200) throw new Error(`${who.username} ${String(body.type)}: ${last.status} ${JSON.stringify(last.body)}`);
  }
  return last;
}
