// The files of one backup: the pg_dump archive, a tar of the attachments store beside it, and
// a `<dump>.sha256` sidecar in `sha256sum` format (so `sha256sum -c` works by hand too) that
// lets a restore check the copy even when the database holding its record is gone.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runTool } from './pg-tools';

export function backupDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.BACKUP_DIR || '.data/backups');
}

export function attachmentsDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.ATTACHMENTS_DIR || '.data/attachments');
}

/** Backups are protected copies: owner-only folder and files. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sidecarPath(dumpFile: string): string {
  return `${dumpFile}.sha256`;
}

export function writeSidecar(dumpFile: string, sums: Record<string, string>): void {
  const lines = Object.entries(sums).map(([file, hex]) => `${hex}  ${path.basename(file)}\n`);
  fs.writeFileSync(sidecarPath(dumpFile), lines.join(''), { mode: 0o600 });
}

/** basename → sha256 from the sidecar, or null when there is none. */
export function readSidecar(dumpFile: string): Record<string, string> | null {
  const file = sidecarPath(dumpFile);
  if (!fs.existsSync(file)) return null;
  const sums: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m) sums[m[2]] = m[1];
  }
  return sums;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(path.join(dir, entry.name));
    else if (entry.isFile()) n += 1;
  }
  return n;
}

/** Tars the attachments store; null when the deployment has none yet. */
export async function archiveAttachments(dir: string, tarFile: string): Promise<{ count: number } | null> {
  if (!fs.existsSync(dir)) return null;
  await runTool('tar', ['-cf', tarFile, '-C', dir, '.']);
  fs.chmodSync(tarFile, 0o600);
  return { count: countFiles(dir) };
}

/**
 * Extracts an attachments archive into `dir`. An existing store is moved aside first
 * (`<dir>.before-restore-<stamp>`), never deleted: attachments are user data.
 */
export async function extractAttachments(tarFile: string, dir: string, stamp: string): Promise<string | null> {
  let movedTo: string | null = null;
  if (fs.existsSync(dir)) {
    movedTo = `${dir}.before-restore-${stamp}`;
    fs.renameSync(dir, movedTo);
  }
  fs.mkdirSync(dir, { recursive: true });
  await runTool('tar', ['-xf', tarFile, '-C', dir, '--no-same-owner']);
  return movedTo;
}

export function removeQuietly(...files: (string | null | undefined)[]): void {
  for (const f of files) if (f) fs.rmSync(f, { force: true });
}

/** 2026-11-22T15:30:00.123Z → 20261122T153000123Z (sortable, safe in file names). */
export function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}
