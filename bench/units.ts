// Measures the unit tree on the whole country (63/696/10,035 before 1 July 2025, 34/3,321
// after): the import time, then "descendants of a province on a date" through the repository
// against the same SQL hand-written on raw `pg`, and against a recursive CTE over the parents.
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openBenchDb } from './support/bench-db';
import { importCatalogFile } from '@/server/services/units/import-catalog-file';
import { importSuccessors, type SuccessionFile } from '@/server/services/units/import-successors';
import { descendantsOn } from '@/server/repositories/units';

const RUNS = 300, WARMUP = 30;
const DIR = path.resolve('../shared/catalogs/vn-admin-units');

const RAW_CLOSURE = `select u.id, u.code, u.name, u.level, c.depth
  from org_unit_closure c join org_unit u on u.id = c.descendant_id
 where c.ancestor_id = $1 and c.valid_from <= $2::date and (c.valid_to is null or c.valid_to >= $2::date)
 order by c.depth, u.code`;

const RECURSIVE_CTE = `with recursive t(id, depth) as (
    select $1::uuid, 0
    union all
    select p.unit_id, t.depth + 1 from org_unit_parent p join t on p.parent_id = t.id
     where p.valid_from <= $2::date and (p.valid_to is null or p.valid_to >= $2::date)
  )
  select u.id, u.code, u.name, u.level, t.depth from t join org_unit u on u.id = t.id
   where u.valid_from <= $2::date and (u.valid_to is null or u.valid_to >= $2::date)
   order by t.depth, u.code`;

interface Variant {
  label: string;
  fn: () => Promise<number>;
}

/** Runs the variants round-robin (so machine noise hits all alike) and returns p50/p95 each. */
async function measure(variants: Variant[]): Promise<{ label: string; p50: number; p95: number; rows: number }[]> {
  const samples = variants.map(() => [] as number[]);
  const rows = variants.map(() => 0);
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (let v = 0; v < variants.length; v++) {
      const t = performance.now();
      rows[v] = await variants[v].fn();
      if (i >= WARMUP) samples[v].push(performance.now() - t);
    }
  }
  return variants.map((v, k) => {
    const s = samples[k].sort((a, b) => a - b);
    return { label: v.label, p50: s[Math.floor(RUNS * 0.5)], p95: s[Math.floor(RUNS * 0.95)], rows: rows[k] };
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

export async function run(): Promise<void> {
  const db = await openBenchDb('units');
  const { orm, client } = db;
  try {
    const em = orm.em.fork() as EntityManager;
    const [pre, tPre] = await timed(() => importCatalogFile(em, path.join(DIR, 'units-2025-pre-reform-three-level.json'), { validFrom: '1945-09-02', validTo: '2025-06-30' }));
    const [post, tPost] = await timed(() => importCatalogFile(em, path.join(DIR, 'units-2026-07-25-two-level.json'), { validFrom: '2025-07-01', validTo: null }));
    const [, tAgain] = await timed(() => importCatalogFile(em, path.join(DIR, 'units-2026-07-25-two-level.json'), { validFrom: '2025-07-01', validTo: null }));
    const mapping = JSON.parse(fs.readFileSync('catalogs/province-successors-2025-07-01.json', 'utf8')) as SuccessionFile;
    const [, tSucc] = await timed(() => importSuccessors(em, mapping));
    console.log('Import (one transaction each, closure rebuilt each time)');
    console.log(`  three-level, ${pre.units} units: ${tPre.toFixed(0)} ms`);
    console.log(`  two-level,   ${post.units} units: ${tPost.toFixed(0)} ms (closure now ${post.closureRows} rows)`);
    console.log(`  two-level re-import (all updates): ${tAgain.toFixed(0)} ms; 63 successor links: ${tSucc.toFixed(0)} ms`);
    console.log(`  total whole country: ${(tPre + tPost).toFixed(0)} ms`);

    await client.query('analyze');
    const date = '2025-06-30';
    // Hà Nội before the reform: the largest province subtree (30 districts, ~580 communes).
    const { rows: [hn] } = await client.query(`select id from org_unit where code = '01' and level = 'province' and valid_to = $1`, [date]);
    const results = await measure([
      { label: 'raw pg, closure SQL (baseline)', fn: async () => (await client.query(RAW_CLOSURE, [hn.id, date])).rowCount ?? 0 },
      { label: 'repository descendantsOn()', fn: async () => (await descendantsOn(em, hn.id, date)).length },
      { label: 'raw pg, recursive CTE on org_unit_parent', fn: async () => (await client.query(RECURSIVE_CTE, [hn.id, date])).rowCount ?? 0 },
    ]);
    const base = results[0].p50;
    console.log(`\nDescendants of Hà Nội (01) on ${date}, ${RUNS} runs each (round-robin) after ${WARMUP} warm-up`);
    console.log('| query | rows | p50 ms | p95 ms | p50 ÷ baseline |');
    console.log('|---|---|---|---|---|');
    for (const r of results) console.log(`| ${r.label} | ${r.rows} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${(r.p50 / base).toFixed(2)} |`);
  } finally {
    await db.close();
  }
}
