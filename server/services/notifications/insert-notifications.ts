// Writes in-app notifications and their e-mail copies in one transaction. E-mail goes to
// the outbox table (send-outbox.ts sends it when SMTP_URL is set; nothing is lost). In-app
// rows keep the app path; the e-mail carries it as an absolute URL on the public base URL,
// since a mail client has no page to resolve a relative path against.
import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../../clock';
import { absoluteUrl } from './links';

export interface NotificationContent {
  kind: string;
  title: { vi: string; en: string };
  body: { vi: string; en: string } | null;
  link: string | null;
  submissionId: string | null;
  dedupeKey: string;
}

/** Returns how many new in-app notifications were written (repeats are skipped). */
export async function insertNotifications(em: EntityManager, accountIds: string[], n: NotificationContent, at: Date = now()): Promise<number> {
  if (accountIds.length === 0) return 0;
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ account_id: string }[]>(
      `insert into notification (account_id, kind, title, body, link, submission_id, dedupe_key, created_at)
       select a, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ? from unnest(?::uuid[]) a
       on conflict (account_id, dedupe_key) do nothing returning account_id`,
      [n.kind, JSON.stringify(n.title), n.body ? JSON.stringify(n.body) : null, n.link, n.submissionId, n.dedupeKey, at, `{${accountIds.join(',')}}`],
    );
    const fresh = rows.map((r) => r.account_id);
    if (fresh.length > 0) {
      await tx.execute(
        `insert into email_outbox (to_address, subject, body, dedupe_key, created_at)
         select a.email, ?, ?, a.id || ':' || ?, ? from account a where a.id = any(?::uuid[]) and a.email is not null and a.email <> ''
         on conflict (dedupe_key) do nothing`,
        [n.title.vi, `${n.body?.vi ?? ''}\n\n${n.link ? absoluteUrl(n.link) : ''}`.trim(), n.dedupeKey, at, `{${fresh.join(',')}}`],
      );
    }
    return fresh.length;
  });
}
