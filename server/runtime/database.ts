// Brings up the database for a process: the external server of DATABASE_URL, or the
// embedded PostgreSQL in ./.data/ (started here, kept across restarts), then migrates it.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres, freePort, type EmbeddedServer } from '../db/embedded';
import { ormConfig } from '../db/config';
import { migrate, setOrm } from '../db/orm';
import { ensureMasterKey } from '../services/security/master-key';

export interface RunningDatabase {
  orm: MikroORM;
  embedded: EmbeddedServer | null;
  url: string;
  migrations: string[];
  stop(): Promise<void>;
}

const APP_DB = 'vgf';

async function portIsFree(port: number): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().once('error', () => resolve(false)).once('listening', () => s.close(() => resolve(true)));
    s.listen(port, '127.0.0.1');
  });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

export async function bringUpDatabase(opts: { dataDir?: string; log?: (m: string) => void } = {}): Promise<RunningDatabase> {
  const log = opts.log ?? (() => {});
  let embedded: EmbeddedServer | null = null;
  let url = process.env.DATABASE_URL ?? '';
  if (!url) {
    const dataDir = path.resolve(opts.dataDir ?? '.data/pg');
    const preferred = Number(process.env.PG_PORT ?? 54329);
    const port = (await portIsFree(preferred)) ? preferred : await freePort();
    log(`Starting embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir) || dataDir}, port ${port})…`);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // The embedded demo keeps its master key beside its data, so every CLI command shares it.
    ensureMasterKey(path.dirname(dataDir));
    embedded = await startEmbeddedPostgres({ dataDir, port });
    await ensureDatabase(embedded.url('postgres'), APP_DB);
    url = embedded.url(APP_DB);
    process.env.DATABASE_URL = url;
  }
  let orm: MikroORM | null = null;
  let migrations: string[];
  try {
    orm = await MikroORM.init(ormConfig(url));
    migrations = await migrate(orm);
  } catch (err) {
    // A failed migration must not leave an orphan PostgreSQL holding the data folder and port.
    await orm?.close(true).catch(() => {});
    await embedded?.stop().catch(() => {});
    throw err;
  }
  if (migrations.length) log(`Applied migrations: ${migrations.join(', ')}`);
  setOrm(orm);
  return {
    orm,
    embedded,
    url,
    migrations,
    stop: async () => {
      await orm.close(true);
      if (embedded) await embedded.stop();
    },
  };
}
