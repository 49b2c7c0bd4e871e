// `definitions validate <dir…>` checks definition folders and prints every problem as
// file:pointer: message; `definitions schemas <outDir>` writes the JSON Schemas for editors;
// `definitions import <dir…> [--new-major]` publishes; `definitions export <dir>` writes them back.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue } from '@/engine/core/issue';
import { generateJsonSchemas } from '@/engine/definitions/json-schemas';
import { loadDefinitions } from '@/engine/definitions/loader';
import { readDefinitionFolders } from '@/server/definitions/read-folder';
import { bringUpDatabase } from '@/server/runtime/database';
import { importDefinitions } from '@/server/services/definitions/import-definitions';
import { exportDefinitions } from '@/server/services/definitions/export-definitions';
import { AppError } from '@/server/errors';

const USAGE = 'Usage: definitions validate <dir…> | schemas <outDir> | import <dir…> [--new-major] | export <dir> [--all]';

async function validate(dirs: string[]): Promise<number> {
  if (dirs.length === 0) { console.error(USAGE); return 2; }
  const files = await readDefinitionFolders(dirs);
  if (files.length === 0) { console.error(`No .json or .jsonc files in ${dirs.join(', ')}`); return 1; }
  const result = loadDefinitions(files);
  if (!result.ok) {
    for (const issue of result.issues) console.error(formatIssue(issue));
    console.error(`\n${result.issues.length} problem(s) in ${new Set(result.issues.map((i) => i.file)).size} file(s).`);
    return 1;
  }
  const s = result.set;
  const count = (n: number, what: string) => `${n} ${what}`;
  console.log(`OK: ${files.length} file(s) — ${[
    count(s.forms.all().length, 'form(s)'), count(s.workflows.all().length, 'workflow(s)'), count(s.periods.all().length, 'period(s)'),
    count(s.reports.all().length, 'report(s)'), count(s.catalogs.all().length, 'catalog(s)'),
  ].join(', ')}.`);
  return 0;
}

async function schemas(outDir: string | undefined): Promise<number> {
  if (!outDir) { console.error(USAGE); return 2; }
  await mkdir(outDir, { recursive: true });
  for (const [name, schema] of Object.entries(generateJsonSchemas())) {
    await writeFile(path.join(outDir, name), JSON.stringify(schema, null, 2) + '\n', 'utf8');
    console.log(`wrote ${path.join(outDir, name)}`);
  }
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'validate': return validate(rest);
    case 'schemas': return schemas(rest[0]);
    case 'import': return importCommand(rest);
    case 'export': return exportCommand(rest);
    default:
      console.error(USAGE);
      return 2;
  }
}

async function importCommand(args: string[]): Promise<number> {
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) { console.error(USAGE); return 2; }
  const files = await readDefinitionFolders(dirs);
  const db = await bringUpDatabase();
  try {
    const report = await importDefinitions(db.orm.em.fork(), files, { newMajor: args.includes('--new-major') });
    const line = (i: { kind: string; code: string; version: number }) => `${i.kind} ${i.code} v${i.version}`;
    for (const i of report.published) console.log(`published ${line(i)}`);
    for (const i of report.retired) console.log(`retired   ${line(i)}`);
    console.log(`${report.published.length} published, ${report.unchanged.length} unchanged, ${report.retired.length} retired.`);
    return 0;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'definition-invalid') throw err;
    const issues = (err.details?.issues ?? []) as { text: string }[];
    for (const i of issues) console.error(i.text);
    console.error(`\nNothing published: ${issues.length} problem(s).`);
    return 1;
  } finally {
    await db.stop();
  }
}

async function exportCommand(args: string[]): Promise<number> {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) { console.error(USAGE); return 2; }
  const db = await bringUpDatabase();
  try {
    const written = await exportDefinitions(db.orm.em.fork(), dir, { includeRetired: args.includes('--all') });
    console.log(`${written.length} definition file(s) written to ${dir}.`);
    return 0;
  } finally {
    await db.stop();
  }
}
