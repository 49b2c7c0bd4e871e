// Runs pg_dump inside an exported snapshot while the same snapshot is fingerprinted table by
// table, so the archive and the recorded fingerprints describe exactly one database state
// (REPEATABLE READ + pg_export_snapshot + `pg_dump --snapshot`).
import pg from 'pg';
import type { TableFingerprints } from '../../entities/backup-record';
import { tableFingerprints } from './fingerprint';
import { assertClientCanDump, connectionFor, runTool } from './pg-tools';

export interface SnapshotDump {
  serverVersion: string;
  fingerprints: TableFingerprints;
}

/** "15.18 (Debian 15.18-1.pgdg120+1)" → "15.18". */
export function serverVersionOf(text: string): string {
  return /^\s*(\d+(?:\.\d+)?)/.exec(text)?.[1] ?? text.trim();
}

export async function dumpWithFingerprints(opts: { url: string; pgDump: string; pgDumpVersion: string; file: string }): Promise<SnapshotDump> {
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    const serverVersion = serverVersionOf(rows[0].server_version);
    assertClientCanDump('pg_dump', opts.pgDumpVersion, serverVersion);
    await client.query('begin isolation level repeatable read read only');
    const exported = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const { uri, env } = connectionFor(opts.url);
    const args = ['--format=custom', `--file=${opts.file}`, `--snapshot=${exported.rows[0].snapshot}`, '--no-password', `--dbname=${uri}`];
    // The exporting transaction must stay open until pg_dump has imported the snapshot;
    // fingerprinting in it meanwhile costs no extra time.
    const [fingerprints, dump] = await Promise.allSettled([tableFingerprints(client), runTool(opts.pgDump, args, { env })]);
    await client.query('commit');
    if (dump.status === 'rejected') throw dump.reason;
    if (fingerprints.status === 'rejected') throw fingerprints.reason;
    return { serverVersion, fingerprints: fingerprints.value };
  } finally {
    await client.end().catch(() => undefined);
  }
}
