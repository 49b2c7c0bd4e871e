// Deadline reminders (PER-2, RPT-7): for every active data-entry account, the inbox items
// still owed that are N days before due or overdue become notifications. Dedupe keys make
// a rerun on the same day (or a second replica's cron) harmless. The clock is injected.
// The link is always the entry page: the officer owes the report.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor } from '../../auth/load-actor';
import { vnDate } from '../../clock';
import { getInbox } from '../inbox/get-inbox';
import { isOpenWork } from '../inbox/inbox-status';
import { insertNotifications } from './insert-notifications';
import { entryPath } from './links';

export interface ReminderOptions {
  /** Remind when this many days are left (default 7, 3 and 1). */
  daysBefore?: number[];
}

export async function runDeadlineReminders(em: EntityManager, now: Date, opts: ReminderOptions = {}): Promise<number> {
  const daysBefore = opts.daysBefore ?? [7, 3, 1];
  const today = vnDate(now);
  const accounts = await em.execute<{ account_id: string }[]>(
    `select distinct ra.account_id from role_assignment ra join account a on a.id = ra.account_id
      where ra.role = 'data_entry' and ra.revoked_at is null and a.status = 'active'`,
  );
  let written = 0;
  for (const { account_id } of accounts) {
    const loaded = await loadActor(em, account_id, today);
    if (!loaded) continue;
    for (const item of await getInbox(em, loaded.actor, now)) {
      if (!isOpenWork(item.status)) continue;
      const soon = !item.overdue && daysBefore.includes(item.daysLeft);
      if (!item.overdue && !soon) continue;
      const what = `${item.form.title.vi} – ${item.unit.name} (${item.periodKey})`;
      const whatEn = `${item.form.title.en ?? item.form.title.vi} – ${item.unit.name} (${item.periodKey})`;
      written += await insertNotifications(em, [account_id], {
        kind: item.overdue ? 'reminder.overdue' : 'reminder.due-soon',
        title: item.overdue
          ? { vi: `Quá hạn: ${what}`, en: `Overdue: ${whatEn}` }
          : { vi: `Sắp đến hạn (còn ${item.daysLeft} ngày): ${what}`, en: `Due in ${item.daysLeft} day(s): ${whatEn}` },
        body: { vi: `Hạn nộp: ${item.due}.`, en: `Due date: ${item.due}.` },
        link: entryPath(item.form.code, item.unit.code, item.periodKey),
        submissionId: item.submissionId,
        dedupeKey: `reminder:${item.form.code}:${item.unit.id}:${item.periodKey}:${item.overdue ? 'overdue' : `d${item.daysLeft}`}`,
      }, now);
    }
  }
  return written;
}
