// `db migrate`: apply pending migrations (bringUpDatabase migrates on the way up).
import { bringUpDatabase } from '../../server/runtime/database';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'migrate') {
    console.error('Usage: npm run cli -- db migrate');
    return 2;
  }
  const db = await bringUpDatabase({ log: (m) => console.log(m) });
  console.log(db.migrations.length ? `Migrated: ${db.migrations.length} migration(s).` : 'Database is up to date.');
  await db.stop();
  return 0;
}
