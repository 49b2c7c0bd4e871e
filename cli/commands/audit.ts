// `audit verify`: recomputes the audit chain (SEC-1) and prints OK with the count, or the
// first broken link (its seq and why) and exits 1.
import type { EntityManager } from '@mikro-orm/postgresql';
import { bringUpDatabase } from '../../server/runtime/database';
import { verifyAuditChain } from '../../server/audit/verify-chain';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    console.error('Usage: npm run cli -- audit verify');
    return 2;
  }
  const db = await bringUpDatabase();
  try {
    const report = await verifyAuditChain(db.orm.em.fork() as EntityManager);
    if (report.ok) {
      console.log(`OK: ${report.checked} audit rows, chain intact.`);
      return 0;
    }
    console.log(`BROKEN: first broken link at seq ${report.firstBroken?.seq} (${report.firstBroken?.reason}); ${report.checked} rows checked.`);
    return 1;
  } finally {
    await db.stop();
  }
}
