// A throw-away embedded PostgreSQL with a migrated 'bench' database, so every benchmark
// measures its path and its baseline on the same server in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/server/db/embedded';
import { ormConfig } from '@/server/db/config';
import { migrate } from '@/server/db/orm';

export interface BenchDb {
  server: EmbeddedServer;
  orm: MikroORM;
  /** A raw client on the same database, for the hand-written baselines. */
  client: pg.Client;
  close(): Promise<void>;
}

export async function openBenchDb(name: string, opts: { ephemeral?: boolean; poolMax?: number } = {}): Promise<BenchDb> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `vgf-bench-${name}-`));
  const server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), ephemeral: opts.ephemeral ?? true });
  const admin = new pg.Client(server.url('postgres'));
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  const orm = await MikroORM.init(ormConfig(server.url('bench'), { poolMax: opts.poolMax ?? 4 }));
  await migrate(orm);
  const client = new pg.Client(server.url('bench'));
  await client.connect();
  return {
    server,
    orm,
    client,
    close: async () => {
      await client.end().catch(() => {});
      await orm.close(true);
      await server.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
