// Writes the published definitions back to files (one per version), so a deployment's
// configuration can be reviewed, versioned in git, or moved to another server.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';

export async function exportDefinitions(em: EntityManager, dir: string, opts: { includeRetired?: boolean } = {}): Promise<string[]> {
  const rows = await em.execute<{ kind: string; code: string; version: number; body: unknown }[]>(
    `select kind, code, version, body from definition where status = 'published' or (? and status = 'retired') order by kind, code, version`,
    [Boolean(opts.includeRetired)],
  );
  const written: string[] = [];
  for (const r of rows) {
    const file = path.join(dir, `${r.kind}s`, `${r.code}.v${r.version}.json`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(r.body, null, 2) + '\n', 'utf8');
    written.push(file);
  }
  return written;
}
