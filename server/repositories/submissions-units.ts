// Units as the submission services need them: found by code on a date, and with the
// levels of their ancestors on the data's date (the workflow's unitTreeHasLevel guard).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitAncestor } from '@/engine/workflow/context';
import { findUnitRef, closureOnDateSql, type UnitOnDate } from './unit-tree';

export interface SubjectUnit extends UnitOnDate {
  ancestors: UnitAncestor[];
}

export async function subjectUnit(em: EntityManager, unitId: string, date: string): Promise<SubjectUnit | null> {
  const unit = await findUnitRef(em, unitId, date);
  if (!unit) return null;
  if (unit.ancestorIds.length === 0) return { ...unit, ancestors: [] };
  const rows = await em.execute<{ id: string; level: string }[]>(
    `select id, level from org_unit where id = any(?::uuid[])`,
    [`{${unit.ancestorIds.join(',')}}`],
  );
  const levelOf = new Map(rows.map((r) => [r.id, r.level]));
  return { ...unit, ancestors: unit.ancestorIds.map((id) => ({ id, level: levelOf.get(id) ?? '' })) };
}

/** The unit with this code valid on the date (the first by level when codes repeat across levels). */
export async function unitIdByCode(em: EntityManager, code: string, date: string): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `select u.id from org_unit u where u.code = ? and ${closureOnDateSql('u', '?')} order by u.level limit 1`,
    [code, date, date],
  );
  return rows[0]?.id ?? null;
}
