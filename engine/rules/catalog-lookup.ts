// Builds the catalog lookups that catalog_has / catalog_name / catalog_attr use from loaded catalog
// definitions (latest version of each), with item validity checked against a date.
import type { CatalogDefinition } from '@/engine/definitions/catalog';
import type { CatalogLookup } from './operations';

export function catalogLookup(catalogs: Iterable<CatalogDefinition>): CatalogLookup {
  const latest = new Map<string, CatalogDefinition>();
  for (const c of catalogs) if ((latest.get(c.code)?.version ?? 0) < c.version) latest.set(c.code, c);
  // Indexed once: village catalogs have thousands of codes and rules run per row.
  const index = new Map([...latest].map(([code, c]) => [code, new Map(c.items.map((i) => [i.code, i]))]));
  const item = (catalog: string, code: string) => index.get(catalog)?.get(code);
  return {
    has: (catalog, code, onDate) => {
      const it = item(catalog, code);
      if (!it) return false;
      if (onDate === null) return true;
      const day = onDate.slice(0, 10);
      return (!it.validFrom || it.validFrom <= day) && (!it.validTo || day <= it.validTo);
    },
    name: (catalog, code, lang) => {
      const it = item(catalog, code);
      return it ? (lang === 'en' ? it.name.en ?? it.name.vi : it.name.vi) : null;
    },
    attr: (catalog, code, attr) => {
      const attrs = item(catalog, code)?.attrs;
      return attrs && Object.hasOwn(attrs, attr) ? attrs[attr] ?? null : null;
    },
  };
}
