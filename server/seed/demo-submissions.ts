// Demo submissions replayed from data files (demo/<folder>/*.json) through the real services,
// as users would have entered them. Items of one file and unit run in order (they may share a
// signing key); such lanes run side by side. Only recent events notify, so inboxes are not
// flooded by history.
import { AppError } from '../errors';
import path from 'node:path';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { now } from '../clock';
import { deliverNotification } from '../services/notifications/deliver';
import { setNotifySender } from '../services/notifications/enqueue';
import { readDemoFiles, type DemoFile, type DemoItem } from './demo-files';
import { alreadyThere, DemoActors, replayItem } from './demo-replay';

export { readDemoFiles };
export interface DemoSummary { files: number; created: number; skipped: number; failed: string[] }

/** Events older than this (before the real clock) are history: no notification for them. */
const RECENT_MS = 30 * 86_400_000;

export async function seedDemoSubmissions(orm: MikroORM, root = 'demo', log: (m: string) => void = () => {}, parallel = 6): Promise<DemoSummary> {
  const files = readDemoFiles(path.resolve(process.cwd(), root));
  const actors = new DemoActors(orm);
  const summary: DemoSummary = { files: files.length, created: 0, skipped: 0, failed: [] };
  const byUnit = new Map<string, Array<{ file: string; content: DemoFile; item: DemoItem; i: number }>>();
  for (const { file, content } of files) content.items.forEach((item, i) => byUnit.set(`${file}|${item.unit}`, [...(byUnit.get(`${file}|${item.unit}`) ?? []), { file, content, item, i }]));
  const lanes = [...byUnit.values()];
  const recent = new AsyncLocalStorage<{ at: Date }>();
  const since = now().getTime() - RECENT_MS;
  setNotifySender(async (jobs) => {
    const at = recent.getStore()?.at;
    if (!at || at.getTime() < since) return;
    for (const job of jobs) await deliverNotification(orm.em.fork() as EntityManager, job);
  });
  const worker = async () => {
    for (let lane = lanes.shift(); lane; lane = lanes.shift()) {
      for (const { file, content, item, i } of lane) {
        const store = { at: new Date(item.at) };
        try {
          if (await alreadyThere(orm.em.fork() as EntityManager, item)) summary.skipped += 1;
          else {
            await recent.run(store, () => replayItem(orm, actors, content, item, (at) => { store.at = at; }));
            summary.created += item.bulk?.length ?? 1;
          }
        } catch (err) {
          summary.failed.push(`${path.relative(process.cwd(), file)} #${i} (${item.form} ${item.unit}): ${err instanceof Error ? err.message : String(err)}${findingsOf(err)}`);
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  } finally {
    setNotifySender(null);
  }
  log(`Demo submissions: ${summary.created} created, ${summary.skipped} already there${summary.failed.length ? `, ${summary.failed.length} failed` : ''} (${files.length} files).`);
  for (const f of summary.failed.slice(0, 20)) log(`  failed: ${f}`);
  return summary;
}

/** The first findings a refusal carried (rule and field), so a failing demo item says what to fix. */
function findingsOf(err: unknown): string {
  const issues = err instanceof AppError ? (err.details?.issues as { ruleId?: string; field?: string }[] | undefined) : undefined;
  return issues?.length ? ` [${issues.slice(0, 5).map((i) => `${i.ruleId}@${i.field}`).join(', ')}]` : '';
}
