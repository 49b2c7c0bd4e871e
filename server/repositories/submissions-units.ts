// Units as the submission services need them: found by code on a date, and with the
// levels of their ancestors on the data's date (the workflow's unitTreeHasLevel guard).
// Each is one query (unit, ancestors and their levels together) to keep round trips down.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitAncestor } from '@/engine/workflow/context';
import { closureOnDateSql, type UnitOnDate } from './unit-tree';
import { ancestorsFromRow, unitFromRow, UNIT_ON_DATE_COLUMNS, UNIT_ON_DATE_PARAMS, type UnitOnDateRow } from './submissions-unit-sql';

export interface SubjectUnit extends UnitOnDate {
  ancestors: UnitAncestor[];
}

function subjectOf(r: UnitOnDateRow | undefined): SubjectUnit | null {
  return r ? { ...unitFromRow(r), ancestors: ancestorsFromRow(r) } : null;
}

export async function subjectUnit(em: EntityManager, unitId: string, date: string): Promise<SubjectUnit | null> {
  const rows = await em.execute<UnitOnDateRow[]>(
    `select ${UNIT_ON_DATE_COLUMNS('?')} from org_unit u where u.id = ?`,
    [...Array<string>(UNIT_ON_DATE_PARAMS).fill(date), unitId],
  );
  return subjectOf(rows[0]);
}

/** The unit with this code valid on the date (the first by level when codes repeat across levels). */
export async function unitIdByCode(em: EntityManager, code: string, date: string): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `select u.id from org_unit u where u.code = ? and ${closureOnDateSql('u', '?')} order by u.level limit 1`,
    [code, date, date],
  );
  return rows[0]?.id ?? null;
}

/** unitIdByCode and subjectUnit in one query. */
export async function subjectUnitByCode(em: EntityManager, code: string, date: string): Promise<SubjectUnit | null> {
  const rows = await em.execute<UnitOnDateRow[]>(
    `select ${UNIT_ON_DATE_COLUMNS('?')} from org_unit u where u.code = ? and ${closureOnDateSql('u', '?')} order by u.level limit 1`,
    [...Array<string>(UNIT_ON_DATE_PARAMS).fill(date), code, date, date],
  );
  return subjectOf(rows[0]);
}
