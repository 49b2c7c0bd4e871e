// Use case: the signed-in account's notifications, newest first, with the unread count;
// and marking some (or all) of them read. Only ever the actor's own rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';

export interface NotificationDto {
  id: string; kind: string; title: { vi: string; en: string }; body: { vi: string; en: string } | null;
  link: string | null; submissionId: string | null; readAt: string | null; createdAt: string;
}

export async function listNotifications(em: EntityManager, actor: Actor, opts: { unreadOnly?: boolean; page?: number; pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(opts.pageSize ?? 20, 1), 100);
  const page = Math.max(opts.page ?? 1, 1);
  const rows = await em.execute<{ id: string; kind: string; title: NotificationDto['title']; body: NotificationDto['body']; link: string | null; submission_id: string | null; read_at: Date | null; created_at: Date }[]>(
    `select id, kind, title, body, link, submission_id, read_at, created_at from notification
      where account_id = ? and (? = false or read_at is null) order by created_at desc, id limit ? offset ?`,
    [actor.accountId, opts.unreadOnly === true, pageSize, (page - 1) * pageSize],
  );
  const [{ unread }] = await em.execute<{ unread: string }[]>(
    `select count(*) unread from notification where account_id = ? and read_at is null`, [actor.accountId]);
  const items: NotificationDto[] = rows.map((r) => ({
    id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, submissionId: r.submission_id,
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null, createdAt: new Date(r.created_at).toISOString(),
  }));
  return { items, unread: Number(unread), page, pageSize };
}

export async function markNotificationsRead(em: EntityManager, actor: Actor, ids: string[] | 'all', at: Date): Promise<number> {
  const rows = ids === 'all'
    ? await em.execute<{ id: string }[]>(`update notification set read_at = ? where account_id = ? and read_at is null returning id`, [at, actor.accountId])
    : await em.execute<{ id: string }[]>(
      `update notification set read_at = ? where account_id = ? and read_at is null and id = any(?::uuid[]) returning id`,
      [at, actor.accountId, `{${ids.filter((i) => /^[0-9a-f-]{36}$/i.test(i)).join(',')}}`]);
  return rows.length;
}
