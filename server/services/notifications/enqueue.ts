// Hands notification work to the job queue after a commit. When the queue runs in this
// process (startJobs) jobs go through pg-boss; otherwise (CLI, tests) they are delivered
// at once, so a notification is never dropped for want of a worker.
import type { NotifyTarget } from '@/engine/workflow';
import { getOrm } from '../../db/orm';
import { deliverNotification } from './deliver';

export interface NotifyJob {
  submissionId: string;
  /** The history row that caused it: with the template, the delivery's dedupe key. */
  eventSeq: number;
  to: NotifyTarget;
  template: string;
  event: string;
  state: string;
  comment: string | null;
  actorId: string;
}

type Sender = (jobs: NotifyJob[]) => Promise<void>;
const holder = globalThis as unknown as { notifySender?: Sender | null };

export function setNotifySender(sender: Sender | null): void {
  holder.notifySender = sender;
}

export async function enqueueNotify(jobs: NotifyJob[]): Promise<void> {
  try {
    if (holder.notifySender) return await holder.notifySender(jobs);
    const orm = await getOrm();
    for (const job of jobs) await deliverNotification(orm.em.fork(), job);
  } catch (err) {
    // The transition is committed; a failed hand-off must not turn it into an error for the user.
    console.error(JSON.stringify({ level: 'error', msg: 'notify-enqueue-failed', err: String(err) }));
  }
}
