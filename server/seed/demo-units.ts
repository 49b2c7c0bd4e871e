// Demo unit trees for a first start and e2e setup: the three source provinces before 1 July
// 2025 (three levels) and their successors after (two levels), their provincial agencies with
// domains, and the succession links between them (ORG-1, ORG-3, ORG-4). Idempotent and fast.
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { catalogRows, filterProvinces, type UnitInputRow } from '../services/units/catalog-shapes';
import { importUnitRows } from '../services/units/import-units';
import { importSuccessors, type SuccessionLink } from '../services/units/import-successors';

export const DEMO_BEFORE = { validFrom: '1945-09-02', validTo: '2025-06-30', provinces: ['04', '06', '84'] } as const;
export const DEMO_AFTER = { validFrom: '2025-07-01', validTo: null, provinces: ['04', '19', '86'] } as const;
/** Old province → new province, as in catalogs/province-successors-2025-07-01.json. */
const PROVINCE_SUCCESSOR: Record<string, string> = { '04': '04', '06': '19', '84': '86' };

const SHARED = '../shared/catalogs/vn-admin-units';
const FILES = {
  before: { shared: 'units-2025-pre-reform-three-level.json', demo: 'catalogs/demo/units-pre-reform-demo.json' },
  after: { shared: 'units-2026-07-25-two-level.json', demo: 'catalogs/demo/units-two-level-demo.json' },
};

interface AgencySpec {
  suffix: string;
  name: string;
  domains: string[];
}
interface AgencyFile {
  before: AgencySpec[];
  after: AgencySpec[];
  successors: Record<string, string>;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

function provinceRows(which: keyof typeof FILES, codes: readonly string[], log: (m: string) => void): UnitInputRow[] {
  const shared = path.resolve(process.cwd(), SHARED, FILES[which].shared);
  // The shared catalog is the source of truth; the committed subset keeps a bare checkout working.
  const file = fs.existsSync(shared) ? shared : path.resolve(process.cwd(), FILES[which].demo);
  if (file !== shared) log(`Shared catalog not found, using ${FILES[which].demo}`);
  return catalogRows(filterProvinces(readJson<{ Code: string; FullName: string }[]>(file), codes)).rows;
}

function agencyRows(provinces: readonly string[], specs: AgencySpec[]): UnitInputRow[] {
  return provinces.flatMap((p) =>
    specs.map((s) => ({
      code: `${p}.${s.suffix}`, name: s.name, level: 'department', unitType: 'agency' as const,
      domains: s.domains, parentCode: p, parentLevel: 'province',
    })),
  );
}

function successionLinks(agencies: AgencyFile): SuccessionLink[] {
  return Object.entries(PROVINCE_SUCCESSOR).flatMap(([from, to]) => [
    { from, to, mapping: 'full' as const },
    // Each old agency's tasks pass to the matching agency of the successor province.
    ...Object.entries(agencies.successors).map(([a, b]) => ({ from: `${from}.${a}`, to: `${to}.${b}`, level: 'department', mapping: 'full' as const })),
  ]);
}

export async function seedDemoUnits(orm: MikroORM, log: (m: string) => void = () => {}): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const agencies = readJson<AgencyFile>(path.resolve(process.cwd(), 'catalogs/demo/agencies.json'));
  const before = [...provinceRows('before', DEMO_BEFORE.provinces, log), ...agencyRows(DEMO_BEFORE.provinces, agencies.before)];
  const after = [...provinceRows('after', DEMO_AFTER.provinces, log), ...agencyRows(DEMO_AFTER.provinces, agencies.after)];
  await importUnitRows(em, before, { validFrom: DEMO_BEFORE.validFrom, validTo: DEMO_BEFORE.validTo });
  await importUnitRows(em, after, { validFrom: DEMO_AFTER.validFrom, validTo: DEMO_AFTER.validTo });
  const links = successionLinks(agencies);
  await importSuccessors(em, {
    source: 'NQ 202/2025/QH15 (demo provinces only)',
    effectiveDate: '2025-07-01',
    predecessorsValidOn: '2025-06-30',
    successorsValidOn: '2025-07-01',
    level: 'province',
    links,
  });
  log(`Demo units: ${before.length} before 1 July 2025, ${after.length} after, ${links.length} succession links.`);
}
