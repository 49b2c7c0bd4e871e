// Bulk import of a unit tree valid over one period (ORG-1, ORG-5): upserts units by
// (code, level, valid_from) so a re-import renames instead of duplicating, links each unit to
// its parent of that date, and rebuilds the closure, all in one transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badRequest } from '../../errors';
import { COUNTRY, type UnitInputRow } from './catalog-shapes';
import { isValidCivilDate } from './civil-date';
import { chunks, rawRunner, type RawRunner } from './bulk-sql';

export interface ImportPeriod {
  validFrom: string;
  validTo: string | null;
}

export interface ImportResult {
  units: number;
  inserted: number;
  updated: number;
  parentLinks: number;
  closureRows: number;
}

// ~5,000 rows is ~0.5 MB of JSON per statement: few round trips, modest memory.
const CHUNK = 5000;

const UPSERT_UNITS = `
  insert into org_unit (code, name, level, unit_type, domains, valid_from, valid_to)
  select x.code, x.name, x.level, coalesce(x.unit_type, 'territorial'), coalesce(x.domains, '{}'), ?::date, ?::date
    from jsonb_to_recordset(?::jsonb) as x(code text, name text, level text, unit_type text, domains text[])
  on conflict (code, level, valid_from) do update
    set name = excluded.name, valid_to = excluded.valid_to, unit_type = excluded.unit_type, domains = excluded.domains
  returning (xmax = 0) as inserted`;

// The parent is whichever (code, level) unit is valid on the period's first day: the
// country root for provinces, the same import's province or district otherwise.
const UPSERT_PARENTS = `
  insert into org_unit_parent (unit_id, parent_id, valid_from, valid_to)
  select c.id, p.id, ?::date, ?::date
    from jsonb_to_recordset(?::jsonb) as x(code text, level text, parent_code text, parent_level text)
    join org_unit c on c.code = x.code and c.level = x.level and c.valid_from = ?::date
    join lateral (select o.id from org_unit o
                   where o.code = x.parent_code and o.level = x.parent_level
                     and o.valid_from <= ?::date and (o.valid_to is null or o.valid_to >= ?::date)
                   order by o.valid_from desc limit 1) p on true
  on conflict (unit_id, valid_from) do update set parent_id = excluded.parent_id, valid_to = excluded.valid_to
  returning (select level || ':' || code from org_unit where id = unit_id) as key`;

function checkInput(rows: UnitInputRow[], period: ImportPeriod): void {
  const { validFrom, validTo } = period;
  if (!isValidCivilDate(validFrom) || (validTo !== null && !isValidCivilDate(validTo))) {
    throw badRequest({ vi: 'Ngày hiệu lực phải có dạng YYYY-MM-DD.', en: 'Validity dates must be YYYY-MM-DD.' });
  }
  if (validTo !== null && validTo < validFrom) {
    throw badRequest({ vi: 'Ngày hết hiệu lực trước ngày bắt đầu.', en: 'valid-to is before valid-from.' });
  }
  if (validFrom < COUNTRY.validFrom) {
    throw badRequest({ vi: `Ngày bắt đầu phải từ ${COUNTRY.validFrom}.`, en: `valid-from must be on or after ${COUNTRY.validFrom}.` });
  }
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.level}:${r.code}`;
    if (seen.has(key)) throw badRequest({ vi: `Mã đơn vị bị trùng: ${key}.`, en: `Duplicate unit code in the file: ${key}.` });
    seen.add(key);
  }
}

export async function ensureCountryRoot(run: RawRunner): Promise<void> {
  await run(
    `insert into org_unit (code, name, level, valid_from) values (?, ?, ?, ?::date)
     on conflict (code, level, valid_from) do nothing`,
    [COUNTRY.code, COUNTRY.name, COUNTRY.level, COUNTRY.validFrom],
  );
}

export async function importUnitRows(em: EntityManager, rows: UnitInputRow[], period: ImportPeriod): Promise<ImportResult> {
  checkInput(rows, period);
  const { validFrom, validTo } = period;
  return em.transactional(async (tem) => {
    const run = rawRunner(tem as EntityManager);
    // One importer at a time: the closure rebuild below replaces the whole table.
    await run(`select pg_advisory_xact_lock(hashtext('org_unit_import'))`);
    await ensureCountryRoot(run);
    let inserted = 0;
    for (const part of chunks(rows, CHUNK)) {
      const payload = part.map((r) => ({ code: r.code, name: r.name, level: r.level, unit_type: r.unitType ?? null, domains: r.domains ?? null }));
      const res = await run<{ inserted: boolean }>(UPSERT_UNITS, [validFrom, validTo, JSON.stringify(payload)]);
      inserted += res.filter((r) => r.inserted).length;
    }
    let parentLinks = 0;
    const linked = new Set<string>();
    for (const part of chunks(rows, CHUNK)) {
      const payload = part.map((r) => ({ code: r.code, level: r.level, parent_code: r.parentCode, parent_level: r.parentLevel }));
      const res = await run<{ key: string }>(UPSERT_PARENTS, [validFrom, validTo, JSON.stringify(payload), validFrom, validFrom, validFrom]);
      parentLinks += res.length;
      for (const r of res) linked.add(r.key);
    }
    if (parentLinks !== rows.length) {
      const missing = rows.filter((r) => !linked.has(`${r.level}:${r.code}`)).slice(0, 5).map((r) => `${r.level} ${r.code} → ${r.parentLevel} ${r.parentCode}`);
      throw badRequest(
        { vi: `Không tìm thấy đơn vị cấp trên cho: ${missing.join('; ')}.`, en: `No parent valid on ${validFrom} for: ${missing.join('; ')}.` },
        { missing },
      );
    }
    await run(`select rebuild_org_unit_closure()`);
    // Fresh statistics for the tree at once: with none, the planner's guesses for the unit map
    // made a country report right after an import take seconds instead of a fraction of one.
    await run(`analyze org_unit, org_unit_parent, org_unit_closure, org_unit_succession`);
    const [count] = await run<{ n: string }>(`select count(*) n from org_unit_closure`);
    return { units: rows.length, inserted, updated: rows.length - inserted, parentLinks, closureRows: Number(count.n) };
  });
}
