// SQL fragments shared by the unit queries. Dates and id lists are validated and written as
// literals (the ORM's execute() inlines parameters anyway), so one query text carries them
// and the planner sees real values for the closure range conditions.
import { closureOnDateSql } from './unit-tree';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `'YYYY-MM-DD'::date`; the service has already checked it is a real date. */
export function dateLit(date: string): string {
  if (!DATE_RE.test(date)) throw new Error(`not a civil date: ${date}`);
  return `'${date}'::date`;
}

export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** `'{…}'::uuid[]` for `= any(…)`; every element must be a uuid. */
export function uuidArrayLit(ids: readonly string[]): string {
  for (const id of ids) if (!UUID_RE.test(id)) throw new Error(`not a uuid: ${id}`);
  return `'{${ids.join(',')}}'::uuid[]`;
}

/** `alias` (org_unit, org_unit_parent or org_unit_closure) is valid on the date. */
export const validOn = (alias: string, date: string) => closureOnDateSql(alias, dateLit(date));

/** Vietnamese alphabetical order (An, Ăn, Ân, …, Đ after D), then code. */
export const VI_ORDER = (alias: string) => `${alias}.name collate "vi-VN-x-icu", ${alias}.code`;

export const UNIT_COLUMNS = (alias: string) =>
  `${alias}.id, ${alias}.code, ${alias}.name, ${alias}.level, ${alias}.unit_type,
   to_char(${alias}.valid_from, 'YYYY-MM-DD') valid_from, to_char(${alias}.valid_to, 'YYYY-MM-DD') valid_to`;

export interface UnitColumnsRow {
  id: string;
  code: string;
  name: string;
  level: string;
  unit_type: string;
  valid_from: string;
  valid_to: string | null;
}

export interface UnitSummary {
  id: string;
  code: string;
  name: string;
  level: string;
  unitType: string;
  validFrom: string;
  validTo: string | null;
}

export function toSummary(r: UnitColumnsRow): UnitSummary {
  return { id: r.id, code: r.code, name: r.name, level: r.level, unitType: r.unit_type, validFrom: r.valid_from, validTo: r.valid_to };
}
