// Demo data for a first start: the unit trees of the three source provinces (before and
// after 1 July 2025) and one account per role and level, with printed credentials.
import type { MikroORM } from '@mikro-orm/postgresql';
import { Account } from '../entities';
import { seedDemoUnits } from './demo-units';
import { seedDemoAccounts, demoAccountsText } from './demo-accounts';

export { demoAccountsText };

export async function seedDemo(orm: MikroORM, log: (m: string) => void = () => {}): Promise<void> {
  await seedDemoUnits(orm, log);
  await seedDemoAccounts(orm, log);
}

export async function seedDemoIfEmpty(orm: MikroORM, log: (m: string) => void = () => {}): Promise<boolean> {
  const count = await orm.em.fork().count(Account, {});
  if (count > 0) return false;
  log('First start: loading demo data…');
  await seedDemo(orm, log);
  return true;
}
