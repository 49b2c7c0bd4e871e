// Demo data for a first start: the unit trees of the three source provinces (before and
// after 1 July 2025), the definitions of form-definitions/ and workflows/, one account per
// role and level with printed credentials, and the demo submissions of demo/<folder>/.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Account } from '../entities';
import { readDefinitionFolders } from '../definitions/read-folder';
import { importDefinitions } from '../services/definitions/import-definitions';
import { seedDemoUnits } from './demo-units';
import { seedDemoAccounts, demoAccountsText } from './demo-accounts';
import { seedDemoSubmissions } from './demo-submissions';

export { demoAccountsText };

/** The definition folders published with the demo (regulations as data). */
export const DEMO_DEFINITION_FOLDERS = ['form-definitions', 'workflows'];

export async function seedDemoDefinitions(orm: MikroORM, log: (m: string) => void = () => {}): Promise<void> {
  const report = await importDefinitions(orm.em.fork() as EntityManager, await readDefinitionFolders(DEMO_DEFINITION_FOLDERS));
  log(`Definitions: ${report.published.length} published, ${report.unchanged.length} unchanged.`);
}

export async function seedDemo(orm: MikroORM, log: (m: string) => void = () => {}): Promise<void> {
  await seedDemoUnits(orm, log);
  await seedDemoDefinitions(orm, log);
  await seedDemoAccounts(orm, log);
  await seedDemoSubmissions(orm, 'demo', log);
}

export async function seedDemoIfEmpty(orm: MikroORM, log: (m: string) => void = () => {}): Promise<boolean> {
  const count = await orm.em.fork().count(Account, {});
  if (count > 0) return false;
  log('First start: loading demo data…');
  await seedDemo(orm, log);
  return true;
}
