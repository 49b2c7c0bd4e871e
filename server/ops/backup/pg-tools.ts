// Finds and runs Debian's PostgreSQL client tools (pg_dump, pg_restore, psql) for backups.
// Arguments are arrays (never a shell string) and the password travels in PGPASSWORD, so it
// shows neither in `ps` nor in logs. A client older than the server is refused up front.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

const ENV_OVERRIDE: Record<PgTool, string> = { pg_dump: 'PG_DUMP', pg_restore: 'PG_RESTORE', psql: 'PSQL' };
const INSTALL_HINT = 'On Debian 12: `apt-get install postgresql-client-15`; elsewhere install a PostgreSQL client at least as new as the server.';

export function findPgTool(tool: PgTool, env: Record<string, string | undefined> = process.env): string {
  const override = env[ENV_OVERRIDE[tool]];
  if (override) {
    if (isExecutable(override)) return override;
    throw new Error(`${ENV_OVERRIDE[tool]}=${override} is not an executable file. ${INSTALL_HINT}`);
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    if (isExecutable(candidate)) return candidate;
  }
  const debian = `/usr/lib/postgresql/15/bin/${tool}`;
  if (isExecutable(debian)) return debian;
  throw new Error(`${tool} was not found (checked $${ENV_OVERRIDE[tool]}, PATH and /usr/lib/postgresql/15/bin). ${INSTALL_HINT}`);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → "15.18". */
export async function toolVersion(bin: string): Promise<string> {
  const out = await runTool(bin, ['--version']);
  const match = /(\d+)(?:\.(\d+))?/.exec(out.stdout);
  if (!match) throw new Error(`Could not read the version of ${bin}: ${out.stdout.trim()}`);
  return match[2] ? `${match[1]}.${match[2]}` : match[1];
}

export function majorOf(version: string): number {
  return Number(version.split('.')[0]);
}

export function assertClientCanDump(tool: string, clientVersion: string, serverVersion: string): void {
  if (majorOf(clientVersion) >= majorOf(serverVersion)) return;
  throw new Error(`${tool} ${clientVersion} cannot back up PostgreSQL ${serverVersion}: the client must be at least the server's major version. ${INSTALL_HINT}`);
}

/** The URL without its password (for argv) and the password (for PGPASSWORD). */
export function connectionFor(url: string, database?: string): { uri: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  if (database) parsed.pathname = `/${encodeURIComponent(database)}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { uri: parsed.toString(), env };
}

/** The same server and credentials, another database (for this process's own pg client). */
export function urlForDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool to completion; a non-zero exit rejects with the tool's last stderr lines. */
export function runTool(bin: string, args: string[], opts: { env?: NodeJS.ProcessEnv; allowFailure?: boolean } = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout = keepTail(stdout + d.toString('utf8'), 1 << 20)));
    child.stderr.on('data', (d: Buffer) => (stderr = keepTail(stderr + d.toString('utf8'), 8192)));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = { code: code ?? -1, stdout, stderr };
      if (result.code === 0 || opts.allowFailure) resolve(result);
      else reject(new Error(`${path.basename(bin)} failed (exit ${result.code}): ${lastLines(stderr)}`));
    });
  });
}

function keepTail(text: string, max: number): string {
  return text.length > max ? text.slice(text.length - max) : text;
}

export function lastLines(text: string, n = 5): string {
  return text.trim().split('\n').slice(-n).join(' | ') || '(no message)';
}
