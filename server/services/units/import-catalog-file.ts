// The CLI's `units import <file>`: reads a catalog file in either published shape and
// imports it for the given validity period. Kept apart from the importer so the demo seed
// can filter provinces before importing.
import { readFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { catalogRows, type CatalogShape } from './catalog-shapes';
import { importUnitRows, type ImportPeriod, type ImportResult } from './import-units';

export async function importCatalogFile(
  em: EntityManager,
  file: string,
  period: ImportPeriod,
): Promise<ImportResult & { shape: CatalogShape }> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  const { shape, rows } = catalogRows(data);
  const result = await importUnitRows(em, rows, period);
  return { ...result, shape };
}
