// The periodic test restore under an injected clock: it restores the latest backup into a
// scratch database, compares per-table fingerprints, records the result, drops the scratch
// database, and on a mismatch writes the 'backup.restore-test.failed' audit alert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDb, type TestDb } from '../support/test-db';
import { setClock } from '../../server/clock';
import { runBackup } from '../../server/ops/backup/create-backup';
import { runRestoreTest, RESTORE_TEST_FAILED } from '../../server/ops/backup/restore-test';
import { backupStatus } from '../../server/ops/backup/status';
import { pruneExpiredBackups, runDueBackups } from '../../server/ops/backup/scheduled';
import { DEFAULT_POLICY } from '../../server/ops/backup/policy';

let db: TestDb;
let tmp: string;
const AT = new Date('2026-11-28T20:05:00Z'); // Sunday 29 Nov 2026, 03:05 in Vietnam

beforeAll(async () => {
  db = await createTestDb();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vgf-rtest-'));
  process.env.BACKUP_DIR = path.join(tmp, 'backups');
  process.env.ATTACHMENTS_DIR = path.join(tmp, 'none');
  await db.sql(`insert into org_unit (code, name, level, valid_from) select 'T' || g, 'Phường ' || g, 'ward', date '2025-07-01' from generate_series(1, 500) g`);
});

afterAll(async () => {
  setClock(null);
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const scratchDatabases = () => db.sql(`select datname from pg_database where datname like 'restore\\_test\\_%'`);

describe('restore test', () => {
  it('records an error and alerts when there is no backup at all', async () => {
    setClock(() => AT);
    const r = await runRestoreTest({ url: db.url });
    expect(r).toMatchObject({ status: 'error', backupId: null, error: expect.stringMatching(/no good backup/) });
    expect(r.alert?.action).toBe(RESTORE_TEST_FAILED);
  });

  it('restores the latest backup into a scratch database, finds it equal and records ok at the injected time', async () => {
    setClock(() => new Date('2026-11-27T15:00:00Z'));
    const backup = await runBackup({ kind: 'scheduled', url: db.url });
    expect(backup.file!.startsWith(path.join(tmp, 'backups'))).toBe(true);
    await db.sql(`delete from org_unit where code = 'T1'`); // later changes do not matter
    setClock(() => AT);
    const r = await runRestoreTest({ url: db.url });
    console.log(`restore test of ${r.tablesChecked} tables took ${r.durationMs} ms`);
    expect(r).toMatchObject({ status: 'ok', backupId: backup.id, mismatches: [], alert: null });
    expect(r.tablesChecked).toBeGreaterThan(10);
    const [row] = await db.sql(`select status, started_at, tables_checked from restore_test where id = $1`, [r.id]);
    expect(row).toMatchObject({ status: 'ok', started_at: AT, tables_checked: r.tablesChecked });
    const [rec] = await db.sql(`select restore_test_ok, restore_tested_at from backup_record where id = $1`, [backup.id]);
    expect(rec).toEqual({ restore_test_ok: true, restore_tested_at: AT });
    expect(await scratchDatabases()).toEqual([]);
    await expect(db.sql(`update restore_test set status = 'ok'`)).rejects.toThrow(/append-only/);
  });

  it('reports the differing tables, writes the audit alert and returns it on a mismatch', async () => {
    await db.sql(`update backup_record set fingerprints = jsonb_set(fingerprints, '{public.org_unit,rows}', '499') where status = 'ok'`);
    const r = await runRestoreTest({ url: db.url });
    expect(r.status).toBe('mismatch');
    expect(r.mismatches.map((m) => m.table)).toEqual(['public.org_unit']);
    expect(r.mismatches[0]).toMatchObject({ expected: { rows: 499 }, actual: { rows: 500 } });
    const [audit] = await db.sql(`select action, target_id, details from audit_log where action = $1 order by seq desc limit 1`, [RESTORE_TEST_FAILED]);
    expect(audit).toMatchObject({ target_id: r.backupId, details: { status: 'mismatch', tables: ['public.org_unit'] } });
    expect(r.alert).toMatchObject({ action: RESTORE_TEST_FAILED, details: { restoreTestId: r.id } });
    expect(await scratchDatabases()).toEqual([]);
  });

  it('reports the status for the health endpoint', async () => {
    const s = await backupStatus(db.orm.em.fork(), new Date('2026-11-28T15:00:00Z'));
    expect(s.lastBackupAt!.getTime()).toBeGreaterThanOrEqual(new Date('2026-11-27T15:00:00Z').getTime());
    expect(s.lastBackupAgeHours).toBeCloseTo(24, 0);
    expect(s).toMatchObject({ lastRestoreTestAt: AT, lastRestoreTestOk: false });
  });

  it('runs what the policy says is due on 31 December 23:40, then nothing more', async () => {
    const yearEnd = new Date('2026-12-31T16:40:00Z'); // 23:40 on 31/12 in Vietnam
    setClock(() => yearEnd);
    const first = await runDueBackups({ policy: DEFAULT_POLICY });
    // Month end and year end, plus Tuesday's twice-weekly copy (missed 49 h ago, within catch-up).
    expect(first.made.map((b) => b.kind).sort()).toEqual(['monthly', 'scheduled', 'yearly']);
    expect(first.failed).toEqual([]);
    const again = await runDueBackups({ policy: DEFAULT_POLICY });
    expect(again.made).toEqual([]);
  });

  it('removes expired copies\' files but keeps their rows, never the yearly copy or the latest good one', async () => {
    const april = new Date('2027-04-15T03:00:00Z');
    const expired = await pruneExpiredBackups({ now: april, policy: DEFAULT_POLICY });
    const rows = await db.sql(`select id, kind, file, started_at, expired_at from backup_record where status = 'ok' order by started_at`);
    expect(expired.length).toBe(rows.length - 2);
    for (const r of rows) expect(fs.existsSync(r.file)).toBe(r.expired_at === null);
    expect(rows.find((r) => r.kind === 'yearly')?.expired_at).toBeNull();
    expect(rows.filter((r) => r.expired_at === null && r.kind !== 'yearly')).toHaveLength(1);
    expect(rows.find((r) => r.started_at < new Date('2026-12-01'))?.expired_at).toEqual(april);
  });
});
