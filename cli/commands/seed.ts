// `seed demo`: load the demo units and accounts into the database (idempotent).
import { bringUpDatabase } from '../../server/runtime/database';
import { seedDemo, demoAccountsText } from '../../server/seed/demo';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'demo') {
    console.error('Usage: npm run cli -- seed demo');
    return 2;
  }
  const log = (m: string) => console.log(m);
  const db = await bringUpDatabase({ log });
  try {
    await seedDemo(db.orm, log);
    console.log(await demoAccountsText(db.orm));
  } finally {
    await db.stop();
  }
  return 0;
}
