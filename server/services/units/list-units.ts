// GET /api/v1/units: the units a caller may see on a date (ORG-1) — the roots of their scope,
// the children of a unit, or a diacritic-insensitive search — one page at a time.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../engine/access/actor';
import { badRequest, notFound, outOfScope } from '../../errors';
import { findUnitRef } from '../../repositories/unit-tree';
import { isUuid } from '../../repositories/units-sql';
import { listUnitsOn, type UnitListItem, type UnitSource } from '../../repositories/units-list';
import { requireCivilDate } from './civil-date';
import { reachOf, visibilityOn } from './unit-scope';

export interface ListUnitsQuery {
  date?: string | null;
  parent?: string | null;
  level?: string | null;
  q?: string | null;
  page?: string | null;
  pageSize?: string | null;
}

export interface UnitPage {
  date: string;
  total: number;
  page: number;
  pageSize: number;
  items: UnitListItem[];
}

const MAX_PAGE_SIZE = 500;
export const UNIT_NOT_FOUND = { vi: 'đơn vị', en: 'Unit' };

function positiveInt(value: string | null | undefined, fallback: number, name: string, max: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw badRequest({ vi: `Tham số ${name} phải là số nguyên từ 1 đến ${max}.`, en: `Parameter ${name} must be an integer from 1 to ${max}.` });
  }
  return n;
}

function cleanText(value: string | null | undefined, name: string, re: RegExp): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (!re.test(v)) throw badRequest({ vi: `Tham số ${name} không hợp lệ.`, en: `Parameter ${name} is invalid.` });
  return v;
}

export async function listUnits(em: EntityManager, actor: Actor, today: string, query: ListUnitsQuery): Promise<UnitPage> {
  const date = requireCivilDate(query.date, today);
  const page = positiveInt(query.page, 1, 'page', 1_000_000);
  const pageSize = positiveInt(query.pageSize, 50, 'pageSize', MAX_PAGE_SIZE);
  const level = cleanText(query.level, 'level', /^[a-z][a-z_-]{0,31}$/);
  const q = cleanText(query.q, 'q', /^.{1,100}$/u);
  const vis = await visibilityOn(em, actor, date);

  let source: UnitSource;
  if (query.parent) {
    if (!isUuid(query.parent)) throw notFound(UNIT_NOT_FOUND);
    const parent = await findUnitRef(em, query.parent, date);
    const validOnDate = parent && parent.validFrom <= date && (parent.validTo === null || parent.validTo >= date);
    if (!parent || !validOnDate) throw notFound(UNIT_NOT_FOUND);
    const reach = reachOf(vis, actor, parent);
    if (reach === 'none') throw outOfScope();
    if (reach === 'path') {
      // An ancestor of the caller's scope: only the children on the way down to it.
      source = { kind: 'children', parentId: parent.id, onlyIds: [...vis.path] };
    } else {
      source = q || level ? { kind: 'subtrees', rootIds: [parent.id], strict: true } : { kind: 'children', parentId: parent.id };
    }
  } else if (q || level) {
    source = { kind: 'subtrees', rootIds: vis.all ? null : vis.roots };
  } else {
    source = vis.all ? { kind: 'roots' } : { kind: 'ids', ids: vis.roots };
  }
  const { total, items } = await listUnitsOn(em, source, { date, level, q, limit: pageSize, offset: (page - 1) * pageSize });
  return { date, total, page, pageSize, items };
}
