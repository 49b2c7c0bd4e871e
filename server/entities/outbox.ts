// An e-mail waiting for (or done by) a mail transport; written when no SMTP transport is
// configured so no message is lost and an operator can send it later.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const EmailOutbox = defineEntity({
  name: 'EmailOutbox',
  tableName: 'email_outbox',
  properties: {
    id: p.bigint().primary().autoincrement(),
    toAddress: p.text(),
    subject: p.text(),
    body: p.text(),
    dedupeKey: p.text(),
    createdAt: p.datetime(),
    sentAt: p.datetime().nullable(),
    error: p.text().nullable(),
  },
});
export type EmailOutboxRow = InferEntity<typeof EmailOutbox>;
