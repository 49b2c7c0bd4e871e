// `units import|successors|tree`: load the administrative-unit catalog for a validity period,
// load succession links, and print the tree of a date for operators (ORG-1, ORG-4, ORG-5).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bringUpDatabase } from '@/server/runtime/database';
import { importCatalogFile } from '@/server/services/units/import-catalog-file';
import { importSuccessors, type SuccessionFile } from '@/server/services/units/import-successors';
import { treeText } from '@/server/services/units/tree-text';

const USAGE = [
  'Usage:',
  '  units import <file.json> --valid-from YYYY-MM-DD [--valid-to YYYY-MM-DD]',
  '  units successors <mapping.json>',
  '  units tree --date YYYY-MM-DD [--root CODE] [--level LEVEL] [--depth N]',
].join('\n');

type Handler = (em: EntityManager, positional: string[], values: Record<string, string | undefined>) => Promise<number>;

const HANDLERS: Record<string, Handler> = {
  import: async (em, [file], v) => {
    if (!file || !v['valid-from']) return usage();
    const started = performance.now();
    const r = await importCatalogFile(em, file, { validFrom: v['valid-from'], validTo: v['valid-to'] ?? null });
    const ms = Math.round(performance.now() - started);
    console.log(`Imported ${r.units} units (${r.shape}): ${r.inserted} new, ${r.updated} updated, ` +
      `${r.parentLinks} parent links, closure ${r.closureRows} rows, in ${ms} ms.`);
    return 0;
  },
  successors: async (em, [file]) => {
    if (!file) return usage();
    const mapping = JSON.parse(await readFile(file, 'utf8')) as SuccessionFile;
    const r = await importSuccessors(em, mapping);
    console.log(`Loaded ${r.links} succession links effective ${mapping.effectiveDate}.`);
    return 0;
  },
  tree: async (em, _positional, v) => {
    if (!v.date) return usage();
    const depth = v.depth === undefined ? undefined : Number(v.depth);
    const lines = await treeText(em, { date: v.date, rootCode: v.root, level: v.level, maxDepth: depth });
    console.log(lines.join('\n'));
    return 0;
  },
};

function usage(): number {
  console.error(USAGE);
  return 2;
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const handler = sub ? HANDLERS[sub] : undefined;
  if (!handler) return usage();
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'valid-from': { type: 'string' }, 'valid-to': { type: 'string' }, date: { type: 'string' },
      root: { type: 'string' }, level: { type: 'string' }, depth: { type: 'string' },
    },
  });
  const db = await bringUpDatabase({ log: (m) => console.error(m) });
  try {
    return await handler(db.orm.em.fork() as EntityManager, positionals, values as Record<string, string | undefined>);
  } finally {
    await db.stop();
  }
}
