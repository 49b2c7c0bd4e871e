// `audit verify`: recomputes the audit chain and every submission's history chain (SEC-1)
// and prints OK with the counts, or the first broken link (where and why) and exits 1.
import type { EntityManager } from '@mikro-orm/postgresql';
import { bringUpDatabase } from '../../server/runtime/database';
import { verifyAuditChain } from '../../server/audit/verify-chain';
import { verifyHistoryChains } from '../../server/audit/verify-history';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    console.error('Usage: npm run cli -- audit verify');
    return 2;
  }
  const db = await bringUpDatabase();
  try {
    const report = await verifyAuditChain(db.orm.em.fork() as EntityManager);
    const history = await verifyHistoryChains(db.orm.em.fork() as EntityManager);
    if (report.ok) console.log(`OK: ${report.checked} audit rows, chain intact.`);
    else console.log(`BROKEN: first broken link at seq ${report.firstBroken?.seq} (${report.firstBroken?.reason}); ${report.checked} rows checked.`);
    if (history.ok) console.log(`OK: ${history.checked} history rows of ${history.submissions} submissions, chains intact.`);
    else {
      const b = history.firstBroken!;
      console.log(`BROKEN: history of submission ${b.submissionId} at seq ${b.seq} (${b.reason}); ${history.checked} rows checked.`);
    }
    return report.ok && history.ok ? 0 : 1;
  } finally {
    await db.stop();
  }
}
