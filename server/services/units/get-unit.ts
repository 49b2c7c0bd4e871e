// GET /api/v1/units/{id}: one unit on a date with its breadcrumb (ancestors) and the units it
// succeeded or was succeeded by (ORG-4). Without a date: today, or the unit's last (first)
// day when it no longer (not yet) exists, so an old commune still opens.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../engine/access/actor';
import { notFound, outOfScope } from '../../errors';
import { findUnitRef } from '../../repositories/unit-tree';
import { ancestorsOn, unitById, type Breadcrumb } from '../../repositories/units';
import { isUuid } from '../../repositories/units-sql';
import { listUnitsOn, type UnitListItem } from '../../repositories/units-list';
import { successionOf, type SuccessionEntry } from '../../repositories/units-succession';
import { requireCivilDate } from './civil-date';
import { reachOf, visibilityOn } from './unit-scope';
import { UNIT_NOT_FOUND } from './list-units';

export interface UnitDetail extends UnitListItem {
  date: string;
  ancestors: Breadcrumb[];
  successors: SuccessionEntry[];
  predecessors: SuccessionEntry[];
}

function defaultDate(today: string, validFrom: string, validTo: string | null): string {
  if (validTo !== null && today > validTo) return validTo;
  return today < validFrom ? validFrom : today;
}

export async function getUnit(em: EntityManager, actor: Actor, today: string, id: string, dateParam?: string | null): Promise<UnitDetail> {
  const unit = isUuid(id) ? await unitById(em, id) : null;
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  const date = requireCivilDate(dateParam, defaultDate(today, unit.validFrom, unit.validTo));
  if (unit.validFrom > date || (unit.validTo !== null && unit.validTo < date)) throw notFound(UNIT_NOT_FOUND);
  const ref = await findUnitRef(em, id, date);
  if (!ref || reachOf(await visibilityOn(em, actor, date), actor, ref) === 'none') throw outOfScope();
  const [[item], ancestors, succession] = await Promise.all([
    listUnitsOn(em, { kind: 'ids', ids: [id] }, { date, limit: 1, offset: 0 }).then((r) => r.items),
    ancestorsOn(em, id, date),
    successionOf(em, id),
  ]);
  return { date, ...item, ancestors, ...succession };
}
