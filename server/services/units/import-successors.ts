// Loads succession links (old unit → the unit that took over its tasks and data, ORG-4)
// from a mapping file such as catalogs/province-successors-2025-07-01.json. Units are
// found by code and level on the day before / the day of the change, because codes are reused.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badRequest } from '../../errors';
import { isValidCivilDate } from './civil-date';
import { rawRunner } from './bulk-sql';

export interface SuccessionLink {
  from: string;
  to: string;
  /** Defaults to the file's level. */
  level?: string;
  mapping?: 'full' | 'partial';
  note?: string;
}

export interface SuccessionFile {
  source?: string;
  effectiveDate: string;
  /** The date on which the predecessors are looked up (the last day of the old tree). */
  predecessorsValidOn: string;
  /** The date on which the successors are looked up (usually the effective date). */
  successorsValidOn: string;
  level: string;
  links: SuccessionLink[];
}

const UPSERT = `
  insert into org_unit_succession (predecessor_id, successor_id, effective_date, mapping, note)
  select a.id, b.id, ?::date, coalesce(x.mapping, 'full'), x.note
    from jsonb_to_recordset(?::jsonb) as x(from_code text, to_code text, level text, mapping text, note text)
    join org_unit a on a.code = x.from_code and a.level = x.level
     and a.valid_from <= ?::date and (a.valid_to is null or a.valid_to >= ?::date)
    join org_unit b on b.code = x.to_code and b.level = x.level
     and b.valid_from <= ?::date and (b.valid_to is null or b.valid_to >= ?::date)
  on conflict (predecessor_id, successor_id) do update
    set effective_date = excluded.effective_date, mapping = excluded.mapping, note = excluded.note
  returning (select code from org_unit where id = predecessor_id) || '>' || (select code from org_unit where id = successor_id) as pair`;

function check(file: SuccessionFile): void {
  const dates = [file.effectiveDate, file.predecessorsValidOn, file.successorsValidOn];
  if (!dates.every((d) => typeof d === 'string' && isValidCivilDate(d)) || !Array.isArray(file.links) || !file.level) {
    throw badRequest({
      vi: 'Tệp kế thừa cần effectiveDate, predecessorsValidOn, successorsValidOn (YYYY-MM-DD), level và links.',
      en: 'A succession file needs effectiveDate, predecessorsValidOn, successorsValidOn (YYYY-MM-DD), level and links.',
    });
  }
}

/** Upserts every link in one transaction; fails (writing nothing) if any unit is missing. */
export async function importSuccessors(em: EntityManager, file: SuccessionFile): Promise<{ links: number }> {
  check(file);
  const payload = file.links.map((l) => ({
    from_code: l.from, to_code: l.to, level: l.level ?? file.level, mapping: l.mapping ?? null, note: l.note ?? null,
  }));
  return em.transactional(async (tem) => {
    const run = rawRunner(tem as EntityManager);
    const { effectiveDate: eff, predecessorsValidOn: before, successorsValidOn: after } = file;
    const rows = await run<{ pair: string }>(UPSERT, [eff, JSON.stringify(payload), before, before, after, after]);
    if (rows.length !== payload.length) {
      const done = new Set(rows.map((r) => r.pair));
      const missing = payload.filter((l) => !done.has(`${l.from_code}>${l.to_code}`)).slice(0, 5).map((l) => `${l.level} ${l.from_code} → ${l.to_code}`);
      throw badRequest(
        { vi: `Không tìm thấy đơn vị cho liên kết: ${missing.join('; ')}.`, en: `Units not found for links: ${missing.join('; ')}.` },
        { missing },
      );
    }
    return { links: rows.length };
  });
}
