// `definitions validate <dir…>` checks definition folders and prints every problem as
// file:pointer: message; `definitions schemas <outDir>` writes the JSON Schemas for editors.
// import/export need the database and are wired by the foundation.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue } from '@/engine/core/issue';
import { generateJsonSchemas } from '@/engine/definitions/json-schemas';
import { loadDefinitions } from '@/engine/definitions/loader';
import { readDefinitionFolders } from '@/server/definitions/read-folder';

const USAGE = 'Usage: definitions validate <dir…> | definitions schemas <outDir> | definitions import|export …';

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
    case 'import':
    case 'export':
      console.error('needs database: coming with the foundation');
      return 2;
    default:
      console.error(USAGE);
      return 2;
  }
}
