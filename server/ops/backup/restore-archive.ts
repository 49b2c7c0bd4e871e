// The database side of restoring: create an empty database shaped like the source (same
// encoding and collation), pg_restore an archive into it, or replace the current database's
// content atomically (pg_restore's script through psql in one transaction).
import { spawn } from 'node:child_process';
import pg from 'pg';
import { connectionFor, findPgTool, lastLines, runTool } from './pg-tools';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertDatabaseName(name: string): void {
  if (!NAME.test(name)) throw new Error(`Invalid database name "${name}": use lower-case letters, digits and _ (max 63).`);
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new empty database with the source's encoding, locale provider and collation. */
export async function createDatabaseLike(sourceUrl: string, name: string): Promise<void> {
  assertDatabaseName(name);
  await withClient(sourceUrl, async (c) => {
    const exists = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) throw new Error(`Database "${name}" already exists; restore into a new name.`);
    const { rows } = await c.query<{ d: Record<string, string | null> }>('select to_jsonb(d) d from pg_database d where datname = current_database()');
    const d = rows[0].d;
    const lit = (v: string | null | undefined) => `'${String(v ?? '').replace(/'/g, "''")}'`;
    const icu = d.datlocprovider === 'i' ? ` locale_provider icu icu_locale ${lit(d.daticulocale ?? d.datlocale)}` : '';
    await c.query(`create database "${name}" template template0 encoding 'UTF8' lc_collate ${lit(d.datcollate)} lc_ctype ${lit(d.datctype)}${icu}`);
  });
}

export async function dropDatabase(sourceUrl: string, name: string): Promise<void> {
  assertDatabaseName(name);
  await withClient(sourceUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
}

/** pg_restore into an empty database; any error stops it (`--exit-on-error`). */
export async function restoreArchive(sourceUrl: string, database: string, dumpFile: string): Promise<void> {
  const { uri, env } = connectionFor(sourceUrl, database);
  await runTool(findPgTool('pg_restore'), ['--no-owner', '--exit-on-error', '--no-password', `--dbname=${uri}`, dumpFile], { env });
}

/**
 * Replaces the whole content of the database at `url` with the archive, in ONE transaction:
 * every non-system schema is dropped and the archive's script replayed; any error rolls back
 * to the data as it was. Other sessions' locks make it fail after lock_timeout, not hang.
 */
export async function replaceDatabase(url: string, dumpFile: string): Promise<void> {
  const schemas = await withClient(url, async (c) =>
    (await c.query<{ n: string }>(`select nspname n from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema'`)).rows.map((r) => r.n),
  );
  const pgRestore = findPgTool('pg_restore');
  const toc = (await runTool(pgRestore, ['--list', dumpFile])).stdout;
  const createsPublic = /^\d+; \d+ \d+ SCHEMA - public /m.test(toc);
  const prelude = [...schemas.map((s) => `drop schema "${s.replace(/"/g, '""')}" cascade;`), createsPublic ? '' : 'create schema public;'].join(' ');
  const { uri, env } = connectionFor(url);
  env.PGOPTIONS = `${env.PGOPTIONS ?? ''} -c lock_timeout=15s`.trim();
  await pipeTools(
    [pgRestore, ['--no-owner', '--exit-on-error', '--file=-', dumpFile]],
    [findPgTool('psql'), ['-X', '-q', '--no-password', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-c', prelude, '-f', '-', `--dbname=${uri}`]],
    env,
  );
}

// psql only sees end-of-input (and so COMMITs) when pg_restore exited 0; otherwise psql is
// killed while waiting for more input and the server rolls the transaction back.
function pipeTools(from: [string, string[]], to: [string, string[]], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const producer = spawn(from[0], from[1], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const consumer = spawn(to[0], to[1], { env, stdio: ['pipe', 'ignore', 'pipe'] });
    const errors = { producer: '', consumer: '' };
    producer.stderr.on('data', (d: Buffer) => (errors.producer = (errors.producer + d.toString()).slice(-4096)));
    consumer.stderr.on('data', (d: Buffer) => (errors.consumer = (errors.consumer + d.toString()).slice(-4096)));
    consumer.stdin.on('error', () => undefined);
    producer.stdout.pipe(consumer.stdin, { end: false });
    const produced = new Promise<number>((r) => producer.on('close', (c) => r(c ?? -1)));
    const consumed = new Promise<number>((r) => consumer.on('close', (c) => r(c ?? -1)));
    producer.on('error', reject);
    consumer.on('error', reject);
    void produced.then((code) => (code === 0 ? consumer.stdin.end() : consumer.kill('SIGTERM')));
    void Promise.all([produced, consumed]).then(([p, c]) => {
      if (p !== 0) reject(new Error(`pg_restore failed (exit ${p}), nothing was changed: ${lastLines(errors.producer)}`));
      else if (c !== 0) reject(new Error(`Restore failed, nothing was changed (psql exit ${c}): ${lastLines(errors.consumer)}`));
      else resolve();
    });
  });
}
