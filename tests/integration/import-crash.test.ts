// Issue #4 "done when": a crash (process killed with SIGKILL) in the middle of an Excel import
// leaves either the whole batch or nothing. A child process (tsx) runs the real import service
// against this test's database; the parent kills it while the write transaction is open,
// at random moments, and after the commit, and counts the records each time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertJob } from '@/server/services/registers/import-jobs';
import { runImport } from '@/server/services/registers/run-import';
import { createWorld, type World } from '../support/fixtures/forms/world';
import { householdWorkbook, installRegisterForm, REGISTER_CODE } from '../support/e2e-registers-fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROWS = 5000;
let w: World;
let file: Buffer;
let child: string;

const CHILD = (root: string) => `
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '${root}/server/db/config';
import { setOrm } from '${root}/server/db/orm';
import { runImport } from '${root}/server/services/registers/run-import';
const [url, id, pause] = process.argv.slice(2);
const orm = await MikroORM.init(ormConfig(url, { poolMax: 3 }));
setOrm(orm);
const job = await runImport(orm.em.fork(), id, {
  onChunkWritten: async (n) => { console.log('written ' + n); await new Promise((r) => setTimeout(r, Number(pause))); },
});
console.log('finished ' + job?.status);
await new Promise((r) => setTimeout(r, 60_000));
`;

const records = async () => Number((await w.db.sql<{ n: string }>(`select count(*) n from submission where form_code = $1`, [REGISTER_CODE]))[0].n);
const events = async () => Number((await w.db.sql<{ n: string }>(`select count(*) n from submission_event`))[0].n);
const facts = async () => Number((await w.db.sql<{ n: string }>(`select count(*) n from fact where form_code = $1`, [REGISTER_CODE]))[0].n);

async function newJob(): Promise<string> {
  const em = w.db.orm.em.fork() as EntityManager;
  return insertJob(em, { formCode: REGISTER_CODE, formVersion: 1, unitId: w.tree.C1, accountId: w.officerC1.id, mode: 'all-or-nothing', fileName: 'crash.xlsx', file, at: new Date() });
}

/** Starts the child on a job; resolves when `until` matches a line of its output (then kills it) or after `ms`. */
function runChild(id: string, pauseMs: number, until: (line: string) => boolean, killAfterMs?: number): Promise<string[]> {
  const proc: ChildProcess = spawn(process.execPath, ['--import', 'tsx', child, w.db.url, id, String(pauseMs)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    const kill = () => { proc.kill('SIGKILL'); };
    if (killAfterMs !== undefined) setTimeout(kill, killAfterMs);
    proc.stdout!.on('data', (d) => {
      for (const line of String(d).split('\n').filter(Boolean)) {
        lines.push(line);
        if (until(line)) kill();
      }
    });
    proc.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

async function settled(): Promise<void> {
  // The server notices the dead client and rolls its transaction back; wait until no session of it is left.
  for (let i = 0; i < 100; i++) {
    const [{ n }] = await w.db.sql<{ n: string }>(`select count(*) n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`);
    if (Number(n) === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  w = await createWorld();
  await installRegisterForm(w.db.sql);
  file = await householdWorkbook(ROWS);
  mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
  child = path.join(mkdtempSync(path.join(ROOT, 'tmp', 'import-crash-')), 'child.mts');
  writeFileSync(child, CHILD(ROOT));
}, 120_000);
afterAll(async () => {
  rmSync(path.dirname(child), { recursive: true, force: true });
  await w.db.close();
});

describe('an import killed mid-way', () => {
  it('killed with the transaction open after 2 of 5 chunks: nothing is written; a re-run writes the whole batch once', async () => {
    const id = await newJob();
    const lines = await runChild(id, 400, (l) => l === 'written 2000');
    expect(lines).toContain('written 2000');
    const [job] = await w.db.sql<{ status: string; written: number; processed: number }>(`select status, written, processed from import_job where id = $1`, [id]);
    // Progress is written outside the data transaction, so it shows how far the dead process got.
    expect(job).toMatchObject({ status: 'writing', processed: ROWS });
    expect(job.written).toBeGreaterThanOrEqual(2000);
    await settled();
    expect([await records(), await events(), await facts()]).toEqual([0, 0, 0]);

    const again = await runImport(w.db.orm.em.fork() as EntityManager, id);
    expect(again).toMatchObject({ status: 'done', written: ROWS });
    expect([await records(), await events(), await facts()]).toEqual([ROWS, ROWS, ROWS]);
    expect(await runImport(w.db.orm.em.fork() as EntityManager, id)).toMatchObject({ status: 'done' });
    expect(await records()).toBe(ROWS);
  });

  it('killed at random moments: the count is always 0 or the whole batch, never partial', async () => {
    const seen = new Set<string>();
    for (const killAfter of [900, 1700, 2600, 3600, 5200]) {
      const before = await records();
      const id = await newJob();
      await runChild(id, 60, () => false, killAfter);
      await settled();
      const added = (await records()) - before;
      expect([0, ROWS]).toContain(added);
      const [job] = await w.db.sql<{ status: string }>(`select status from import_job where id = $1`, [id]);
      expect(job.status === 'done').toBe(added === ROWS);
      seen.add(`${job.status}:${added}`);
    }
    expect(await events()).toBe(await records());
    console.log('outcomes of random kills:', [...seen].join(', '));
  });

  it('killed right after the commit: the whole batch is there and the job says done', async () => {
    const before = await records();
    const id = await newJob();
    const lines = await runChild(id, 0, (l) => l.startsWith('finished'));
    expect(lines.at(-1)).toBe('finished done');
    await settled();
    expect((await records()) - before).toBe(ROWS);
  });
});
