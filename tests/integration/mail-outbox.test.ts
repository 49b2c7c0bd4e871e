// E-mail notifications are never lost: without a transport they wait in the outbox; with
// one, each waiting message is sent once and marked sent (issue #4 notifications).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { createTestDb, type TestDb } from '../support/test-db';
import { sendOutbox } from '@/server/services/notifications/send-outbox';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await db.sql(`insert into email_outbox (to_address, subject, body, dedupe_key, created_at)
    values ('xa@example.vn', 'Hồ sơ bị trả lại', 'Lý do: thiếu số liệu', 'k1', now()),
           ('huyen@example.vn', 'Có hồ sơ chờ duyệt', 'Xã A đã gửi', 'k2', now())`);
});
afterAll(async () => db.close());

describe('mail outbox', () => {
  it('keeps mail in the outbox when no transport is configured', async () => {
    const run = await sendOutbox(db.orm.em.fork(), { smtpUrl: '' });
    expect(run.skipped).toBe(true);
    const rows = await db.sql(`select count(*)::int n from email_outbox where sent_at is null`);
    expect(rows[0].n).toBe(2);
  });

  it('sends each waiting message once through the transport', async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const spy = { ...transport, sendMail: async (m: { to: string; subject: string }) => { sent.push(`${m.to}: ${m.subject}`); return transport.sendMail(m); } };
    const first = await sendOutbox(db.orm.em.fork(), { transport: spy as unknown as typeof transport });
    expect(first).toEqual({ sent: 2, failed: 0, skipped: false });
    expect(sent.sort()).toEqual(['huyen@example.vn: Có hồ sơ chờ duyệt', 'xa@example.vn: Hồ sơ bị trả lại']);
    const again = await sendOutbox(db.orm.em.fork(), { transport: spy as unknown as typeof transport });
    expect(again.sent).toBe(0);
  });
});
