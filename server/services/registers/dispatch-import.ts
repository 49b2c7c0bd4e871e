// Hands an import job to a worker: the pg-boss queue when this process runs one (a job
// interrupted by a crash is retried; the finished state commits with the records, so a
// retry never imports twice), otherwise the same process right after the response.
import type { EntityManager } from '@mikro-orm/postgresql';
import { getOrm } from '../../db/orm';
import { jobQueue } from '../../jobs/boss';
import { QUEUES } from '../../jobs/queues';
import { runImport } from './run-import';

export interface ImportJobData { id: string }

export async function dispatchImport(id: string): Promise<void> {
  const boss = jobQueue();
  if (boss) {
    await boss.send(QUEUES.imports, { id } satisfies ImportJobData, { retryLimit: 2, retryDelay: 10, expireInSeconds: 3600 });
    return;
  }
  setImmediate(() => {
    void getOrm()
      .then((orm) => runImport(orm.em.fork() as EntityManager, id))
      .catch((err: unknown) => console.error(JSON.stringify({ level: 'error', msg: 'import-failed', id, err: String(err) })));
  });
}
