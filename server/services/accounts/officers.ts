// The officer holding a unit's account (ACC-6): the history of officers, and a handover
// that closes the current officer row, opens the new one and gives the unit's accounts a
// password-change deadline 7 days later (after which sign-in forces the change).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../engine/access/actor';
import { canReachUnit } from '../../../engine/access/scope';
import { Account, UnitOfficer } from '../../entities';
import type { UnitOfficerRow } from '../../entities/unit-officer';
import { outOfScope } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { assertCanAdministerUnit, auditActor, requireUnit, type AdminCaller } from './caller';
import type { OfficerInput } from './input';

export const HANDOVER_PASSWORD_DAYS = 7;

export interface OfficerDto {
  id: string;
  fullName: string;
  title: string | null;
  department: string | null;
  phone: string | null;
  email: string | null;
  fromAt: string;
  toAt: string | null;
  current: boolean;
  note: string | null;
  recordedBy: string | null;
}

const toDto = (o: UnitOfficerRow): OfficerDto => ({
  id: o.id,
  fullName: o.fullName,
  title: o.title ?? null,
  department: o.department ?? null,
  phone: o.phone ?? null,
  email: o.email ?? null,
  fromAt: o.fromAt.toISOString(),
  toAt: o.toAt ? o.toAt.toISOString() : null,
  current: !o.toAt,
  note: o.handoverNote ?? null,
  recordedBy: o.recordedBy ?? null,
});

/** Readable by anyone whose grants reach the unit (its own officers included). */
export async function listOfficers(em: EntityManager, actor: Actor, unitId: string, today: string): Promise<OfficerDto[]> {
  const unit = await requireUnit(em, unitId, today);
  if (!canReachUnit(actor, unit) && actor.homeUnit.id !== unit.id) throw outOfScope();
  const rows = await em.find(UnitOfficer, { unitId }, { orderBy: { fromAt: 'desc', id: 'asc' } });
  return rows.sort((a, b) => Number(!!a.toAt) - Number(!!b.toAt)).map(toDto);
}

export async function handOver(
  em: EntityManager,
  caller: AdminCaller,
  unitId: string,
  input: OfficerInput,
  at: Date,
  today: string,
): Promise<OfficerDto> {
  return em.transactional(async (tem) => {
    await assertCanAdministerUnit(tem, caller, unitId, today);
    await tem.execute(`select pg_advisory_xact_lock(hashtext('unit_officer:' || ?))`, [unitId]);
    const who = auditActor(caller);
    const previous = await tem.findOne(UnitOfficer, { unitId, toAt: null });
    if (previous) previous.toAt = at;
    const officer = tem.create(UnitOfficer, {
      unitId,
      fullName: input.fullName,
      title: input.title ?? null,
      department: input.department ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      fromAt: at,
      handoverNote: input.note ?? null,
      recordedBy: who.actorId,
    });
    const due = new Date(at.getTime() + HANDOVER_PASSWORD_DAYS * 86_400_000);
    const accounts = await tem.find(Account, { unitId, kind: 'unit', status: { $ne: 'closed' } });
    for (const a of accounts) a.passwordChangeDueAt = due;
    await tem.flush();
    await writeAudit(tem, {
      ...who,
      at,
      action: 'unit.officer-handover',
      targetType: 'org_unit',
      targetId: unitId,
      details: {
        officerId: officer.id,
        from: previous ? { id: previous.id, fullName: previous.fullName } : null,
        to: { fullName: officer.fullName, title: officer.title ?? null },
        passwordChangeDueAt: due.toISOString(),
        accounts: accounts.map((a) => a.id),
      },
    });
    return toDto(officer);
  });
}
