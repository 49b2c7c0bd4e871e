// A fresh, migrated database for one test file (cloned from the suite's template), wired
// in as the process-wide ORM so services under test run exactly as in production.
import { inject } from 'vitest';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../server/db/config';
import { setOrm, closeOrm } from '../../server/db/orm';

export interface TestDb {
  orm: MikroORM;
  url: string;
  name: string;
  /** Superuser SQL, for what a test must do behind the application's back. */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

let counter = 0;

export async function createTestDb(): Promise<TestDb> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplateDb');
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  process.env.DATABASE_URL = url;
  const orm = await MikroORM.init(ormConfig(url, { poolMax: 5 }));
  setOrm(orm);
  const raw = new pg.Pool({ connectionString: url, max: 2 });
  return {
    orm,
    url,
    name,
    sql: async (text, params) => (await raw.query(text, params as unknown[])).rows,
    close: async () => {
      await raw.end();
      await closeOrm();
      const drop = new pg.Client(adminUrl);
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}
