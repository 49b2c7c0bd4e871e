// An in-app notification for one account (workflow events, deadline reminders). The
// dedupe key makes delivery idempotent when a job is retried.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    accountId: p.uuid(),
    kind: p.text(),
    title: p.json<{ vi: string; en: string }>(),
    body: p.json<{ vi: string; en: string }>().nullable(),
    link: p.text().nullable(),
    submissionId: p.uuid().nullable(),
    dedupeKey: p.text(),
    readAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
});
export type NotificationRow = InferEntity<typeof Notification>;
