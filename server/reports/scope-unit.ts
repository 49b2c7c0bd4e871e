// The unit a report or completeness view is about, on the tree date it is drawn on: the
// `unit` parameter or the caller's top scope unit, checked against the caller's grants
// for the template's domain (SEC-3). Without a date: today, or the unit's last valid day.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { canReachUnit, isSystemAdmin, scopeRoots } from '@/engine/access/scope';
import { badRequest, notFound, outOfScope } from '../errors';
import { findUnitRef, type UnitOnDate } from '../repositories/unit-tree';
import { unitById } from '../repositories/units';
import { isUuid } from '../repositories/units-sql';
import { requireCivilDate } from '../services/units/civil-date';

async function topUnitId(em: EntityManager, actor: Actor, domain: string | null): Promise<string> {
  if (isSystemAdmin(actor)) {
    const [root] = await em.getConnection().execute<{ id: string }[]>(`select id from org_unit where level = 'country' order by valid_from desc limit 1`);
    if (root) return root.id;
  }
  const roots = scopeRoots(actor, { domain });
  const grants = actor.grants.filter((g) => roots.includes(g.unit.id)).sort((a, b) => a.unit.ancestorIds.length - b.unit.ancestorIds.length);
  if (!grants[0]) throw outOfScope();
  return grants[0].unit.id;
}

export async function scopeUnit(
  em: EntityManager, actor: Actor, today: string, params: { unit?: string | null; date?: string | null; domain: string | null },
): Promise<{ unit: UnitOnDate; date: string }> {
  const id = params.unit || (await topUnitId(em, actor, params.domain));
  const found = isUuid(id) ? await unitById(em, id) : null;
  if (!found) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  const fallback = found.validTo !== null && today > found.validTo ? found.validTo : today < found.validFrom ? found.validFrom : today;
  const date = requireCivilDate(params.date, fallback);
  const unit = await findUnitRef(em, id, date);
  if (!unit || unit.validFrom > date || (unit.validTo !== null && unit.validTo < date)) {
    throw badRequest({ vi: `Đơn vị ${found.name} không tồn tại vào ngày ${date}.`, en: `Unit ${found.name} does not exist on ${date}.` });
  }
  if (!canReachUnit(actor, unit, { domain: params.domain })) throw outOfScope();
  return { unit, date };
}
