// The unit tree over time from the real catalogs (ORG-1, ORG-4, ORG-5): both file shapes,
// the whole country before and after 1 July 2025, reused codes, descendants by date,
// succession links, accent-insensitive search, and the closure index being used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../support/test-db';
import { importCatalogFile } from '@/server/services/units/import-catalog-file';
import { importSuccessors, type SuccessionFile } from '@/server/services/units/import-successors';
import { descendantsOn, unitsByCodeOn, treeOn } from '@/server/repositories/units';
import { listUnitsOn } from '@/server/repositories/units-list';
import { successionOf } from '@/server/repositories/units-succession';

const DIR = path.resolve('../shared/catalogs/vn-admin-units');
const PRE = path.join(DIR, 'units-2025-pre-reform-three-level.json');
const POST = path.join(DIR, 'units-2026-07-25-two-level.json');
const MAPPING = path.resolve('catalogs/province-successors-2025-07-01.json');
type Pre = { Code: string; FullName: string; District: { Code: string; Ward: { Code: string }[] | null }[] }[];
type Post = { Code: string; FullName: string; Wards: { Code: string }[] }[];
const pre = JSON.parse(fs.readFileSync(PRE, 'utf8')) as Pre;
const post = JSON.parse(fs.readFileSync(POST, 'utf8')) as Post;
const mapping = JSON.parse(fs.readFileSync(MAPPING, 'utf8')) as SuccessionFile & { links: { fromName: string; toName: string }[] };

let db: TestDb;
let em: EntityManager;
const BEFORE = { validFrom: '1945-09-02', validTo: '2025-06-30' };
const AFTER = { validFrom: '2025-07-01', validTo: null };
const province = async (code: string, date: string) => (await unitsByCodeOn(em, code, date, 'province'))[0];
const countByLevel = async (sql: string, params: unknown[]) =>
  Object.fromEntries((await db.sql<{ level: string; n: string }>(sql, params)).map((r) => [r.level, Number(r.n)]));

beforeAll(async () => {
  db = await createTestDb();
  em = db.orm.em.fork() as EntityManager;
  await importCatalogFile(em, PRE, BEFORE);
  await importCatalogFile(em, POST, AFTER);
  await importSuccessors(em, mapping);
});
afterAll(async () => db.close());

describe('units import (ORG-1, ORG-5)', () => {
  it('ORG-1: imports both shapes of the whole country under one country root', async () => {
    const byLevel = await countByLevel(`select level || ':' || coalesce(valid_to::text, 'open') level, count(*) n from org_unit group by 1`, []);
    const districts = pre.reduce((s, p) => s + p.District.length, 0);
    const communesBefore = pre.reduce((s, p) => s + p.District.reduce((t, d) => t + (d.Ward ?? []).length, 0), 0);
    expect(byLevel).toEqual({
      'country:open': 1,
      'province:2025-06-30': pre.length,
      'district:2025-06-30': districts,
      'commune:2025-06-30': communesBefore,
      'province:open': post.length,
      'commune:open': post.reduce((s, p) => s + p.Wards.length, 0),
    });
    expect([pre.length, districts, communesBefore, post.length]).toEqual([63, 696, 10035, 34]);
  });

  it('ORG-5: re-importing the same file renames, never duplicates', async () => {
    const before = await db.sql<{ n: string }>(`select count(*) n from org_unit`);
    await db.sql(`update org_unit set name = 'x' where code = '04' and level = 'province'`);
    const r = await importCatalogFile(em, POST, AFTER);
    expect(r).toMatchObject({ shape: 'two-level', inserted: 0, updated: r.units });
    expect(await db.sql(`select count(*) n from org_unit`)).toEqual(before);
    expect((await province('04', '2025-07-01')).name).toBe('Tỉnh Cao Bằng');
  });

  it('ORG-4: a code reused in another period is a distinct record', async () => {
    const rows = await db.sql<{ valid_from: string; valid_to: string | null }>(
      `select to_char(valid_from, 'YYYY-MM-DD') valid_from, to_char(valid_to, 'YYYY-MM-DD') valid_to
         from org_unit where code = '04' and level = 'province' order by valid_from`,
    );
    expect(rows).toEqual([{ valid_from: '1945-09-02', valid_to: '2025-06-30' }, { valid_from: '2025-07-01', valid_to: null }]);
  });
});

describe('the tree on a date (ORG-1, ORG-4)', () => {
  it('ORG-1: Cao Bằng has districts and communes on 2025-06-30 and only communes on 2025-07-01', async () => {
    const old = pre.find((p) => p.Code === '04')!;
    const neu = post.find((p) => p.Code === '04')!;
    const levels = (rows: { level: string }[]) => rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.level]: (m[r.level] ?? 0) + 1 }), {});
    const d1 = await descendantsOn(em, (await province('04', '2025-06-30')).id, '2025-06-30');
    const d2 = await descendantsOn(em, (await province('04', '2025-07-01')).id, '2025-07-01');
    expect(levels(d1)).toEqual({ province: 1, district: old.District.length, commune: old.District.reduce((t, d) => t + (d.Ward ?? []).length, 0) });
    expect(levels(d2)).toEqual({ province: 1, commune: neu.Wards.length });
    expect([old.District.length, levels(d1).commune, neu.Wards.length]).toEqual([10, 161, 56]);
    // The old province's id has no descendants on the new date (it no longer exists).
    expect(await descendantsOn(em, (await province('04', '2025-06-30')).id, '2025-07-01')).toEqual([]);
  });

  it('ORG-1: the country has 63 provinces before and 34 after', async () => {
    const vn = (await unitsByCodeOn(em, 'VN', '2025-06-30'))[0];
    const kids = async (date: string) => (await listUnitsOn(em, { kind: 'children', parentId: vn.id }, { date, limit: 100, offset: 0 })).total;
    expect([await kids('2025-06-30'), await kids('2025-07-01')]).toEqual([63, 34]);
    const tree = await treeOn(em, vn.id, '2025-07-01');
    expect(tree).toHaveLength(1 + 34 + 3321);
    expect(tree.filter((r) => r.depth === 1).every((r) => r.parentId === vn.id)).toBe(true);
  });

  it('ORG-1: descendants on a date is an index scan over the closure', async () => {
    const id = (await province('79', '2025-07-01')).id;
    await db.sql('analyze');
    const plan = (await db.sql<{ 'QUERY PLAN': string }>(
      `explain select u.id from org_unit_closure c join org_unit u on u.id = c.descendant_id
        where c.ancestor_id = $1 and c.valid_from <= '2025-07-01' and (c.valid_to is null or c.valid_to >= '2025-07-01')`,
      [id],
    )).map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/(Index (Only )?Scan using|Bitmap Index Scan on) org_unit_closure_anc_idx/);
    expect(plan).not.toMatch(/Seq Scan on org_unit_closure/);
  });
});

describe('succession (ORG-4)', () => {
  it('ORG-4: the mapping lists every old province once, with names as in the catalogs', () => {
    const from = mapping.links.map((l) => l.from).sort();
    expect(from).toEqual(pre.map((p) => p.Code).sort());
    for (const l of mapping.links) {
      expect(pre.find((p) => p.Code === l.from)?.FullName).toBe(l.fromName);
      expect(post.find((p) => p.Code === l.to)?.FullName).toBe(l.toName);
    }
    expect(new Set(mapping.links.map((l) => l.to)).size).toBe(post.length);
  });

  it('ORG-4: Bắc Kạn and Thái Nguyên are succeeded by the new Thái Nguyên; Trà Vinh by Vĩnh Long', async () => {
    const newTn = await province('19', '2025-07-01');
    const { predecessors } = await successionOf(em, newTn.id);
    expect(predecessors.map((p) => [p.code, p.validTo])).toEqual([['06', '2025-06-30'], ['19', '2025-06-30']]);
    const { successors } = await successionOf(em, (await province('84', '2025-06-30')).id);
    expect(successors.map((s) => [s.code, s.name, s.effectiveDate])).toEqual([['86', 'Tỉnh Vĩnh Long', '2025-07-01']]);
    expect(Number((await db.sql<{ n: string }>(`select count(*) n from org_unit_succession`))[0].n)).toBe(63);
  });
});

describe('search (ORG-1)', () => {
  it('ORG-1: finds names without diacritics and sorts them the Vietnamese way', async () => {
    const search = async (q: string, date: string) =>
      (await listUnitsOn(em, { kind: 'subtrees', rootIds: null }, { date, q, level: 'province', limit: 10, offset: 0 })).items.map((i) => i.name);
    expect(await search('cao bang', '2025-07-01')).toEqual(['Tỉnh Cao Bằng']);
    expect(await search('dak lak', '2025-07-01')).toEqual(['Tỉnh Đắk Lắk']);
    expect(await search('dak', '2025-06-30')).toEqual(['Tỉnh Đắk Lắk', 'Tỉnh Đắk Nông']);
    const names = (await listUnitsOn(em, { kind: 'subtrees', rootIds: null }, { date: '2025-06-30', q: 'binh', level: 'province', limit: 20, offset: 0 })).items.map((i) => i.name);
    // ICU Vietnamese order: D before Đ, so Bình Dương precedes Bình Định.
    expect(names).toEqual([
      'Tỉnh Bình Dương', 'Tỉnh Bình Định', 'Tỉnh Bình Phước', 'Tỉnh Bình Thuận', 'Tỉnh Hoà Bình', 'Tỉnh Ninh Bình', 'Tỉnh Quảng Bình', 'Tỉnh Thái Bình',
    ]);
  });
});
