// Turns the two published shapes of the administrative-unit catalog (three-level before
// 1 July 2025, two-level after) into one flat list of rows, parents before children, so a
// single importer handles both and the depth of the tree stays data (ORG-1).
import { badRequest } from '../../errors';

export const COUNTRY = { code: 'VN', level: 'country', name: 'Việt Nam', validFrom: '1945-09-02' } as const;

export interface UnitInputRow {
  code: string;
  name: string;
  level: string;
  parentCode: string;
  parentLevel: string;
  unitType?: 'territorial' | 'agency';
  domains?: string[];
}

interface NamedCode {
  Code: string;
  FullName: string;
}
interface ThreeLevelProvince extends NamedCode {
  District: (NamedCode & { Ward: NamedCode[] | null })[];
}
interface TwoLevelProvince extends NamedCode {
  Wards: NamedCode[];
}

export type CatalogShape = 'three-level' | 'two-level';

const invalid = (why: string) =>
  badRequest({ vi: `Tệp danh mục không đúng cấu trúc: ${why}.`, en: `The catalog file has an unexpected shape: ${why}.` });

export function detectShape(data: unknown): CatalogShape {
  if (!Array.isArray(data) || data.length === 0) throw invalid('expected a non-empty array of provinces');
  const first = data[0] as Record<string, unknown>;
  if (typeof first?.Code !== 'string' || typeof first?.FullName !== 'string') throw invalid('provinces need Code and FullName');
  if (Array.isArray(first.District)) return 'three-level';
  if (Array.isArray(first.Wards)) return 'two-level';
  throw invalid('provinces need District or Wards');
}

const row = (u: NamedCode, level: string, parentCode: string, parentLevel: string): UnitInputRow => ({
  code: u.Code.trim(),
  name: u.FullName.trim(),
  level,
  parentCode,
  parentLevel,
});

/** Flat rows (country → province → district → commune) from either catalog shape. */
export function catalogRows(data: unknown): { shape: CatalogShape; rows: UnitInputRow[] } {
  const shape = detectShape(data);
  const rows: UnitInputRow[] = [];
  const provinces = data as (ThreeLevelProvince & TwoLevelProvince)[];
  for (const p of provinces) rows.push(row(p, 'province', COUNTRY.code, COUNTRY.level));
  for (const p of provinces) {
    if (shape === 'three-level') {
      for (const d of p.District ?? []) {
        rows.push(row(d, 'district', p.Code, 'province'));
        // Some island districts have no communes: Ward is null in the source.
        for (const w of d.Ward ?? []) rows.push(row(w, 'commune', d.Code, 'district'));
      }
    } else {
      for (const w of p.Wards ?? []) rows.push(row(w, 'commune', p.Code, 'province'));
    }
  }
  return { shape, rows };
}

/** Keeps only the given provinces (and everything under them) of a catalog file. */
export function filterProvinces<T extends NamedCode>(data: T[], codes: readonly string[]): T[] {
  return data.filter((p) => codes.includes(p.Code));
}
