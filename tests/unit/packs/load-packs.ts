// Loads the pack definitions (form-definitions/ and workflows/) through the engine's loader,
// exactly as `npm run cli -- definitions validate form-definitions workflows` does.
import { loadDefinitions } from '@/engine/definitions/loader';
import type { DefinitionSet } from '@/engine/definitions/definition-set';
import { catalogLookup } from '@/engine/rules/catalog-lookup';
import { runFormRules } from '@/engine/rules/form-runtime';
import { readDefinitionFolders } from '@/server/definitions/read-folder';

let cached: Promise<DefinitionSet> | null = null;

export async function loadPacks(): Promise<DefinitionSet> {
  cached ??= (async () => {
    const result = loadDefinitions(await readDefinitionFolders(['form-definitions', 'workflows']));
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.file}:${i.pointer}: ${i.message}`).join('\n'));
    return result.set;
  })();
  return cached;
}

export async function runPackForm(code: string, data: unknown, now = new Date('2026-11-20T03:00:00Z')) {
  const set = await loadPacks();
  const form = set.forms.latest(code);
  if (!form) throw new Error(`form ${code} missing`);
  return runFormRules(form, data, { now, catalogs: catalogLookup(set.catalogs.all()) });
}
