// Replays one demo item through the services: a register record or a report is created or
// saved as its owner, then each step (a workflow event or an edit) runs as the named account
// at its time; a batch of register records goes through the register import's bulk writer.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '../../engine/access/actor';
import { runFormRules } from '../../engine/rules/form-runtime';
import { compileForm } from '../../engine/rules/compile-form';
import { vnDate } from '../clock';
import { loadActor } from '../auth/load-actor';
import { createRecord } from '../services/submissions/create-record';
import { saveReport } from '../services/submissions/save-report';
import { updateRecord } from '../services/submissions/update-record';
import { applyEvent } from '../services/submissions/apply-event';
import { assertCanWrite } from '../services/submissions/access';
import { bundleFor } from '../services/submissions/form-bundle';
import { publishedDefinitions } from '../services/definitions/published-definitions';
import { insertRecords } from '../services/registers/write-records';
import { subjectUnit, unitIdByCode } from '../repositories/submissions-units';
import { actorName } from '../services/submissions/subject';
import type { DemoFile, DemoItem, Data } from './demo-files';
import { merge } from './demo-files';

const HOUR = 3_600_000;
const fork = (orm: MikroORM) => orm.em.fork() as EntityManager;

/** Demo accounts resolved once per (username, day). */
export class DemoActors {
  private cache = new Map<string, Promise<Actor>>();
  constructor(private orm: MikroORM) {}
  get(username: string, day: string): Promise<Actor> {
    const key = `${username}@${day}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = (async () => {
        const em = fork(this.orm);
        const [row] = await em.execute<{ id: string }[]>(`select id from account where lower(username) = lower(?)`, [username]);
        const loaded = row ? await loadActor(em, row.id, day) : null;
        if (!loaded) throw new Error(`demo account "${username}" does not exist`);
        return loaded.actor;
      })();
      this.cache.set(key, hit);
    }
    return hit;
  }
}

export async function alreadyThere(em: EntityManager, item: DemoItem): Promise<boolean> {
  const [sql, args] = item.bulk
    ? [`select 1 from submission s join org_unit u on u.id = s.unit_id where s.form_code = ? and u.code = ? and s.created_at = ?`, [item.form, item.unit, new Date(item.at)]]
    : item.period === undefined
      ? [`select 1 from submission where subject_key = ? and form_code = ?`, [item.key ?? '', item.form]]
      : [`select 1 from submission s join org_unit u on u.id = s.unit_id where s.form_code = ? and s.period_key = ? and u.code = ?`, [item.form, item.period, item.unit]];
  return (await em.execute(`${sql} limit 1`, args)).length > 0;
}

/** A batch of new register records in their initial state, checked by the form's rules first. */
async function replayBulk(orm: MikroORM, owner: Actor, file: DemoFile, item: DemoItem, at: Date): Promise<void> {
  const em = fork(orm);
  const bundle = bundleFor(await publishedDefinitions(em), item.form);
  const today = vnDate(at);
  const unitId = await unitIdByCode(em, item.unit, today);
  const unit = unitId ? await subjectUnit(em, unitId, today) : null;
  if (!unit) throw new Error(`unit ${item.unit} not found on ${today}`);
  assertCanWrite(owner, unit, bundle.form.domain ?? null);
  const compiled = compileForm(bundle.form);
  const rows = (item.bulk ?? []).map((d) => runFormRules(compiled, merge(file.defaults?.data ?? {}, d), { now: at, catalogs: bundle.catalogs }));
  const bad = rows.findIndex((r) => r.issues.some((i) => i.severity === 'error'));
  if (bad >= 0) throw new Error(`bulk row ${bad}: ${rows[bad].issues.map((i) => i.ruleId).join(', ')}`);
  const name = await actorName(em, owner);
  await em.transactional((tx) => insertRecords(tx as EntityManager, bundle, { unitId: unit.id, actorId: owner.accountId, actorName: name, at, today }, rows.map((r) => r.data)));
}

export async function replayItem(orm: MikroORM, actors: DemoActors, file: DemoFile, item: DemoItem, stepHook: (at: Date) => void): Promise<void> {
  const at = new Date(item.at);
  const owner = await actors.get(item.as, vnDate(at));
  if (item.bulk) return replayBulk(orm, owner, file, item, at);
  const data = merge(file.defaults?.data ?? {}, item.data ?? {});
  const first = item.period === undefined
    ? await createRecord(fork(orm), owner, { formCode: item.form, unitCode: item.unit, subjectKey: item.key, data, explanations: item.explanations }, at, vnDate(at))
    : await saveReport(fork(orm), owner, { formCode: item.form, unitCode: item.unit, periodKey: item.period, data, explanations: item.explanations }, at);
  const { id } = first;
  let { version } = first;
  let current: Data = data;
  let when = at.getTime();
  for (const step of [...(item.chain ? file.chains?.[item.chain] ?? [] : []), ...(item.steps ?? [])]) {
    when = step.at ? new Date(step.at).getTime() : when + HOUR;
    const stepAt = new Date(when);
    stepHook(stepAt);
    const actor = await actors.get(step.as ?? item.as, vnDate(stepAt));
    if (step.edit) {
      current = merge(current, step.edit);
      ({ version } = await updateRecord(fork(orm), actor, { id, version, data: current, explanations: step.explanations ?? item.explanations }, stepAt));
    } else if (step.event) {
      ({ version } = await applyEvent(fork(orm), actor, { id, type: step.event, comment: step.comment, signature: step.signature, expectedVersion: version }, stepAt));
    }
  }
}
