// `fields rotate-key`: after FIELD_KEY is set to a new key (the old one moved to
// FIELD_KEYS_PREVIOUS), re-encrypts every stored encrypted field value under the new key,
// in batches and transactions, and records the rotation in the audit log (SEC-5).
import type { EntityManager } from '@mikro-orm/postgresql';
import { bringUpDatabase } from '../../server/runtime/database';
import { rotateFieldKeys } from '../../server/security/fields/rotate-keys';
import { writeAudit } from '../../server/audit/write-audit';
import { now } from '../../server/clock';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'rotate-key') {
    console.error('Usage: npm run cli -- fields rotate-key [--batch <n>]');
    return 2;
  }
  const i = args.indexOf('--batch');
  const batch = i >= 0 ? Number(args[i + 1]) : 500;
  if (!Number.isInteger(batch) || batch < 1) {
    console.error('--batch must be a positive integer');
    return 2;
  }
  const db = await bringUpDatabase();
  try {
    const em = db.orm.em.fork() as EntityManager;
    const report = await rotateFieldKeys(em, { batch });
    await em.transactional((tx) => writeAudit(tx, {
      actorId: null, actorName: 'cli', action: 'fields.rotate-key', targetType: 'system', targetId: null,
      details: { ...report }, at: now(),
    }));
    console.log(`OK: key ${report.keyId}; ${report.submissions} submissions and ${report.events} history entries re-encrypted.`);
    return 0;
  } finally {
    await db.stop();
  }
}
