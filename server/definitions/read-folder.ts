// Reads definition files (.json / .jsonc) from folders into {file, text} pairs for the
// loader, which stays free of I/O. Recursive, sorted, paths relative to the working dir.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DefinitionFile } from '@/engine/definitions/loader';

const EXTENSIONS = new Set(['.json', '.jsonc']);

export async function readDefinitionFolder(dir: string, relativeTo = process.cwd()): Promise<DefinitionFile[]> {
  const out: DefinitionFile[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(current, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
        out.push({ file: path.relative(relativeTo, full) || e.name, text: await readFile(full, 'utf8') });
      }
    }
  };
  if ((await stat(dir)).isDirectory()) await walk(dir);
  else out.push({ file: path.relative(relativeTo, dir) || dir, text: await readFile(dir, 'utf8') });
  return out;
}

/** Reads several folders (or single files) in order. */
export async function readDefinitionFolders(dirs: string[], relativeTo = process.cwd()): Promise<DefinitionFile[]> {
  const all: DefinitionFile[] = [];
  for (const d of dirs) all.push(...(await readDefinitionFolder(d, relativeTo)));
  return all;
}
