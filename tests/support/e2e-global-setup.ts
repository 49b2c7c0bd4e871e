// Starts the real product for the e2e journeys exactly as `npm start` does (migrations, demo
// data, a production build when stale, the custom server), on a throw-away embedded PostgreSQL
// and a free port; provides the base URL and stops both afterwards.
import type { TestProject } from 'vitest/node';
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../server/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The e2e database, for fixtures that a journey installs itself. */
    databaseUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOG = path.join(ROOT, 'tests/artifacts/e2e-app.log');
const READY_TIMEOUT_MS = 8 * 60_000;

async function waitForHealth(url: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode} before it was ready; see ${LOG}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`The app did not answer /api/health with 200 within ${READY_TIMEOUT_MS / 60_000} minutes; see ${LOG}`);
}

function stopApp(app: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (app.exitCode !== null || !app.pid) return resolve();
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-app.pid!, signal);
      } catch {
        // already gone
      }
    };
    const hard = setTimeout(() => kill('SIGKILL'), 20_000);
    app.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    kill('SIGTERM');
  });
}

export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vgf-e2e-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), ephemeral: true });
  const admin = new pg.Client(server.url('postgres'));
  await admin.connect();
  await admin.query('create database vgf_e2e');
  await admin.end();

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  fs.mkdirSync(path.dirname(LOG), { recursive: true });
  const log = fs.openSync(LOG, 'w');
  const app = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'cli/index.ts', 'start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: server.url('vgf_e2e'),
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
      APP_MASTER_KEY: crypto.randomBytes(32).toString('base64'),
      // The journeys sign in as admins and approvers; two-factor enrolment has its own tests.
      TWO_FACTOR_REQUIRED_ROLES: '',
      BACKUP_SCHEDULE: 'off',
    },
  });

  const teardown = async () => {
    await stopApp(app);
    fs.closeSync(log);
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, app);
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', server.url('vgf_e2e'));
  return teardown;
}
