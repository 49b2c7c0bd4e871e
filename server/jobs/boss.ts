// The job queue of the process (pg-boss 10.4.2 on the same PostgreSQL): one instance, queues
// created at start-up, the notify worker and the daily deadline-reminder schedule. Wire with
// startJobs(orm) after migrations and stopJobs() on shutdown.
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { now } from '../clock';
import { deliverNotification } from '../services/notifications/deliver';
import { setNotifySender, type NotifyJob } from '../services/notifications/enqueue';
import { runDeadlineReminders } from '../services/notifications/deadline-reminders';
import { sendOutbox } from '../services/notifications/send-outbox';
import { runDueBackups } from '../ops/backup/scheduled';
import { runImport } from '../services/registers/run-import';
import { BACKUP_CRON, MAIL_CRON, QUEUES, REMINDER_CRON, REMINDER_TZ } from './queues';

const holder = globalThis as unknown as { boss?: PgBoss | null };

export function jobQueue(): PgBoss | null {
  return holder.boss ?? null;
}

export async function startJobs(orm: MikroORM, opts: { schedule?: boolean } = {}): Promise<PgBoss> {
  if (holder.boss) return holder.boss;
  const boss = new PgBoss({ connectionString: orm.config.get('clientUrl'), max: 4, schedule: opts.schedule ?? true });
  boss.on('error', (err) => console.error(JSON.stringify({ level: 'error', msg: 'job-queue', err: String(err) })));
  await boss.start();
  await createQueuesOnce(boss, orm.config.get('clientUrl'));
  await boss.work<NotifyJob>(QUEUES.notify, { batchSize: 20, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await deliverNotification(orm.em.fork(), job.data);
  });
  await boss.work(QUEUES.deadlineReminders, async () => {
    await runDeadlineReminders(orm.em.fork(), now());
  });
  await boss.work(QUEUES.backups, async () => {
    const run = await runDueBackups({ now: now() });
    for (const f of run.failed) console.error(JSON.stringify({ level: 'error', msg: 'backup-failed', kind: f.kind, err: f.error }));
    if (run.restoreTest?.alert) console.error(JSON.stringify({ level: 'error', msg: 'restore-test-failed' }));
  });
  await boss.work(QUEUES.mail, async () => {
    await sendOutbox(orm.em.fork());
  });
  await boss.work<{ id: string }>(QUEUES.imports, async ([job]) => {
    await runImport(orm.em.fork(), job.data.id);
  });
  if (opts.schedule ?? true) {
    await boss.schedule(QUEUES.deadlineReminders, REMINDER_CRON, {}, { tz: REMINDER_TZ });
    if (process.env.BACKUP_SCHEDULE !== 'off') await boss.schedule(QUEUES.backups, BACKUP_CRON, {}, { tz: REMINDER_TZ, singletonKey: 'backups' });
    if (process.env.SMTP_URL) await boss.schedule(QUEUES.mail, MAIL_CRON, {}, { tz: REMINDER_TZ, singletonKey: 'mail' });
  }
  setNotifySender(async (jobs) => {
    await boss.insert(jobs.map((data) => ({ name: QUEUES.notify, data, retryLimit: 5, retryDelay: 30, retryBackoff: true })));
  });
  holder.boss = boss;
  return boss;
}

/** Replicas starting together take turns (session advisory lock): createQueue can deadlock when concurrent. */
async function createQueuesOnce(boss: PgBoss, url: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(7340041)');
    for (const name of Object.values(QUEUES)) if (!(await boss.getQueue(name))) await boss.createQueue(name);
  } finally {
    await client.query('select pg_advisory_unlock(7340041)').catch(() => undefined);
    await client.end();
  }
}

export async function stopJobs(): Promise<void> {
  const boss = holder.boss;
  holder.boss = null;
  setNotifySender(null);
  if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}
