// Backups on a real PostgreSQL (OPS-1): pg_dump in a snapshot with fingerprints, restore into
// a new database equals the backed-up state (not the changed live one), a flipped byte is
// refused before restoring, and a failed backup is recorded with a message saying what to install.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDb, type TestDb } from '../support/test-db';
import { runBackup } from '../../server/ops/backup/create-backup';
import { restoreBackup } from '../../server/ops/backup/restore';
import { compareFingerprints, tableFingerprints } from '../../server/ops/backup/fingerprint';
import { dropDatabase } from '../../server/ops/backup/restore-archive';
import { urlForDatabase } from '../../server/ops/backup/pg-tools';
import type { BackupRecordRow } from '../../server/entities/backup-record';

let db: TestDb;
let tmp: string;
let backup: BackupRecordRow;
const restoredDb = `r_${process.pid}_${Date.now().toString(36)}`;

async function fingerprintsAt(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('begin isolation level repeatable read read only');
  const fp = await tableFingerprints(client);
  await client.query('rollback');
  await client.end();
  return fp;
}

async function seedUnits(prefix: string, n: number) {
  await db.sql(
    `insert into org_unit (code, name, level, valid_from) select $1 || g, 'Xã Đắk Lắk ' || g, 'commune', date '2025-07-01' from generate_series(1, $2) g`,
    [prefix, n],
  );
}

beforeAll(async () => {
  db = await createTestDb();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vgf-backup-'));
  process.env.BACKUP_DIR = path.join(tmp, 'backups');
  process.env.ATTACHMENTS_DIR = path.join(tmp, 'attachments');
  fs.mkdirSync(path.join(process.env.ATTACHMENTS_DIR, 'ab'), { recursive: true });
  fs.writeFileSync(path.join(process.env.ATTACHMENTS_DIR, 'ab', 'abcdef.pdf'), 'bien ban %PDF');
  await seedUnits('X', 2000);
  await db.sql(`insert into audit_log (at, action, details) values (now(), 'test.seed', '{"n":2000}')`);
});

afterAll(async () => {
  await dropDatabase(db.url, restoredDb).catch(() => undefined);
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('makes a pg_dump -Fc backup with attachments, checksums, versions and snapshot fingerprints', async () => {
    const t0 = performance.now();
    backup = await runBackup({ kind: 'adhoc', dir: path.join(tmp, 'backups'), url: db.url, actor: 'test' });
    console.log(`backup of ${backup.fingerprints['public.org_unit'].rows} units took ${Math.round(performance.now() - t0)} ms (${backup.sizeBytes} bytes)`);
    expect(backup).toMatchObject({ status: 'ok', kind: 'adhoc', verified: true, serverVersion: expect.stringMatching(/^15\./), attachmentsCount: 1 });
    expect(fs.readFileSync(backup.file!).subarray(0, 5).toString()).toBe('PGDMP');
    expect(fs.readFileSync(`${backup.file}.sha256`, 'utf8')).toContain(`${backup.sha256}  ${path.basename(backup.file!)}`);
    expect(backup.fingerprints['public.org_unit'].rows).toBe(2000);
    expect(backup.fingerprints['public.audit_log'].rows).toBe(1);
    // The fingerprints describe the live state at dump time.
    expect(compareFingerprints(backup.fingerprints, await fingerprintsAt(db.url)).map((d) => d.table)).toEqual(['public.audit_log', 'public.backup_record']);
    const [row] = await db.sql(`select status, sha256, pg_dump_version, duration_ms from backup_record where id = $1`, [backup.id]);
    expect(row).toMatchObject({ status: 'ok', sha256: backup.sha256, pg_dump_version: expect.stringMatching(/^1[5-9]\./) });
  });

  it('restores into a new database exactly the backed-up state, not the changed live data', async () => {
    await seedUnits('Y', 10);
    await db.sql(`update org_unit set name = name || ' (mới)' where code = 'X1'`);
    const target = path.join(tmp, 'restored-attachments');
    const t0 = performance.now();
    const r = await restoreBackup({ file: backup.file!, into: restoredDb, url: db.url, attachmentsInto: target });
    console.log(`restore into a new database took ${Math.round(performance.now() - t0)} ms`);
    expect(r).toMatchObject({ database: restoredDb, checksumSource: 'record', safetyBackup: null });
    const restored = await fingerprintsAt(urlForDatabase(db.url, restoredDb));
    expect(compareFingerprints(backup.fingerprints, restored)).toEqual([]);
    const live = await fingerprintsAt(db.url);
    expect(compareFingerprints(backup.fingerprints, live).map((d) => d.table)).toContain('public.org_unit');
    expect(fs.readFileSync(path.join(target, 'ab', 'abcdef.pdf'), 'utf8')).toBe('bien ban %PDF');
  });

  it('refuses a corrupted copy (one flipped byte) before restoring anything', async () => {
    const copy = path.join(tmp, 'corrupt', path.basename(backup.file!));
    fs.mkdirSync(path.dirname(copy));
    fs.copyFileSync(backup.file!, copy);
    fs.copyFileSync(`${backup.file}.sha256`, `${copy}.sha256`);
    const bytes = fs.readFileSync(copy);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    fs.writeFileSync(copy, bytes);
    const name = `${restoredDb}_bad`;
    await expect(restoreBackup({ file: copy, into: name, url: db.url })).rejects.toThrow(/corrupted or was altered: its SHA-256 is [0-9a-f]{64} but the record says/);
    expect(await db.sql(`select 1 from pg_database where datname = $1`, [name])).toHaveLength(0);
    await expect(restoreBackup({ file: copy, url: db.url })).rejects.toThrow(/--force/);
  });

  it('records a failed backup with a message saying what to install', async () => {
    process.env.PG_DUMP = path.join(tmp, 'no-such-pg_dump');
    try {
      await expect(runBackup({ kind: 'scheduled', dir: path.join(tmp, 'backups'), url: db.url })).rejects.toThrow(/apt-get install postgresql-client-15/);
    } finally {
      delete process.env.PG_DUMP;
    }
    const [row] = await db.sql(`select status, file, error from backup_record where kind = 'scheduled'`);
    expect(row).toMatchObject({ status: 'failed', file: null, error: expect.stringContaining('PG_DUMP=') });
    expect(fs.readdirSync(path.join(tmp, 'backups')).filter((f) => f.includes('-scheduled-'))).toEqual([]);
  });

  it('with --force replaces the current database with the backup, after a safety backup', async () => {
    const t0 = performance.now();
    const r = await restoreBackup({ file: backup.file!, force: true, url: db.url, attachmentsInto: path.join(tmp, 'live-attachments') });
    console.log(`restore over the current database (incl. safety backup) took ${Math.round(performance.now() - t0)} ms`);
    expect(r.safetyBackup!.startsWith(path.join(tmp, 'backups'))).toBe(true);
    const diff = compareFingerprints(backup.fingerprints, await fingerprintsAt(db.url)).map((d) => d.table);
    expect(diff.filter((t) => !['public.audit_log', 'public.backup_record'].includes(t))).toEqual([]);
    // The catalogue survives: the safety copy made after the restored dump is still recorded.
    const rows = await db.sql(`select file from backup_record where status = 'ok' order by started_at`);
    expect(rows.map((x) => x.file)).toEqual(expect.arrayContaining([backup.file, r.safetyBackup]));
    expect(await db.sql(`select 1 from org_unit where code like 'Y%'`)).toHaveLength(0);
    const [audit] = await db.sql(`select action from audit_log order by seq desc limit 1`);
    expect(audit.action).toBe('backup.restored');
  });
});
