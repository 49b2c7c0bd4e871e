// Starts one throw-away embedded PostgreSQL for the integration suite and migrates a
// template database once; each test file then clones the template (a fresh database per file).
import type { TestProject } from 'vitest/node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../../server/db/embedded';
import { ormConfig } from '../../server/db/config';
import { migrate } from '../../server/db/orm';

export const TEMPLATE_DB = 'test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vgf-pg-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), ephemeral: true });
  const admin = new pg.Client(server.url('postgres'));
  await admin.connect();
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const orm = await MikroORM.init(ormConfig(server.url(TEMPLATE_DB), { poolMax: 2 }));
  await migrate(orm);
  await orm.close(true);
  project.provide('pgAdminUrl', server.url('postgres'));
  project.provide('pgTemplateDb', TEMPLATE_DB);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
