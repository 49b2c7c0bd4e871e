// Sends waiting e-mails through the SMTP transport named by SMTP_URL (e.g.
// smtps://user:pass@mail.example.gov.vn:465); without it, mail stays in the outbox, so
// nothing is lost and an operator can configure a transport later.
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutboxRun { sent: number; failed: number; skipped: boolean }

export interface OutboxOptions { smtpUrl?: string; transport?: Transporter; from?: string; limit?: number }

export async function sendOutbox(em: EntityManager, opts: OutboxOptions = {}): Promise<OutboxRun> {
  const smtpUrl = opts.smtpUrl ?? process.env.SMTP_URL;
  if (!opts.transport && !smtpUrl) return { sent: 0, failed: 0, skipped: true };
  const transport = opts.transport ?? nodemailer.createTransport(smtpUrl);
  const from = opts.from ?? process.env.MAIL_FROM ?? 'no-reply@localhost';
  // Claim rows under a row lock so two replicas never send the same message.
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string; to_address: string; subject: string; body: string }[]>(
      `select id, to_address, subject, body from email_outbox where sent_at is null
        order by id limit ? for update skip locked`,
      [opts.limit ?? 50],
    );
    let sent = 0;
    let failed = 0;
    for (const r of rows) {
      try {
        await transport.sendMail({ from, to: r.to_address, subject: r.subject, text: r.body });
        await tx.execute(`update email_outbox set sent_at = now(), error = null where id = ?`, [r.id]);
        sent++;
      } catch (err) {
        await tx.execute(`update email_outbox set error = ? where id = ?`, [String(err instanceof Error ? err.message : err).slice(0, 500), r.id]);
        failed++;
      }
    }
    return { sent, failed, skipped: false };
  });
}
