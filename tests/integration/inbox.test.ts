// PER-1..5: the officer's inbox with an injected clock — open periods per unit and form,
// returned work first with the reason in the same response (WF-1), form titles and period
// labels, due dates, days left and overdue — and the deadline-reminder job body (N days
// before due, on overdue), which never notifies twice and links to the entry page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getInbox } from '@/app/api/v1/inbox/route';
import { runDeadlineReminders } from '@/server/services/notifications/deadline-reminders';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
const at = (iso: string) => setClock(() => new Date(iso));
const em = () => w.db.orm.em.fork() as EntityManager;

beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('inbox', () => {
  it('lists the open periods of the unit with status, due date and days left', async () => {
    at('2026-02-15T03:00:00Z');
    const res = await send(getInbox, { token: w.officerC1.token });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { periodKey: string; status: string; due: string; daysLeft: number; overdue: boolean }) =>
      [i.periodKey, i.status, i.due, i.daysLeft, i.overdue])).toEqual([
      ['2025', 'not-started', '2026-03-31', 44, false],
      ['2026', 'not-started', '2027-03-31', 409, false],
    ]);
    expect(res.body.items[0].unit.code).toBe('C1');
    const approver = await send(getInbox, { token: w.district.token });
    expect(approver.body.items).toEqual([]);
  });

  it('shows returned work first, then overdue, with the state of stored drafts', async () => {
    at('2026-02-15T03:00:00Z');
    const saved = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 3 } } });
    await send(postEvent, { token: w.officerC1.token, params: { id: saved.body.id }, body: { type: 'SUBMIT', expectedVersion: 1 } });
    await send(postEvent, { token: w.district.token, params: { id: saved.body.id }, body: { type: 'RETURN', comment: 'Thiếu số nhân khẩu', expectedVersion: 2 } });
    await send(putReport, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2026' }, body: { data: { households: 1 } } });
    at('2026-04-05T03:00:00Z');
    const res = await send(getInbox, { token: w.officerC1.token });
    const items = res.body.items;
    expect(items[0]).toMatchObject({ periodKey: '2025', status: 'returned', overdue: true, daysLeft: -5, submissionId: saved.body.id, stateLabel: { vi: 'Bị trả lại' } });
    expect(items[0].returnReason).toEqual({ comment: 'Thiếu số nhân khẩu', by: 'Nguyễn Văn duyet.d1', at: '2026-02-15T03:00:00.000Z' });
    expect(items[0].form.title).toEqual({ vi: 'Báo cáo thử nghiệm', en: expect.any(String) });
    expect(items[0].periodLabel).toEqual({ vi: 'Năm 2025', en: 'Year 2025' });
    expect(items[1]).toMatchObject({ periodKey: '2026', status: 'draft', overdue: false, returnReason: null });
    const c2 = await send(getInbox, { token: w.officerC2.token });
    expect(c2.body.items[0]).toMatchObject({ periodKey: '2025', status: 'not-started', overdue: true });
  });

  it('WF-1: each returned item carries the reason of the latest return, after a resubmission', async () => {
    at('2026-04-06T03:00:00Z');
    const c2 = await send(putReport, { token: w.officerC2.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C2', periodKey: '2025' }, body: { data: { households: 4 } } });
    await send(postEvent, { token: w.officerC2.token, params: { id: c2.body.id }, body: { type: 'SUBMIT', expectedVersion: 1 } });
    await send(postEvent, { token: w.district.token, params: { id: c2.body.id }, body: { type: 'RETURN', comment: 'Sai mã xã', expectedVersion: 2 } });
    const first = (await send(getInbox, { token: w.officerC1.token })).body.items[0];
    await send(postEvent, { token: w.officerC1.token, params: { id: first.submissionId }, body: { type: 'SUBMIT', expectedVersion: first.version } });
    at('2026-04-07T03:00:00Z');
    await send(postEvent, { token: w.district.token, params: { id: first.submissionId }, body: { type: 'RETURN', comment: 'Vẫn thiếu số nhân khẩu', expectedVersion: first.version + 1 } });
    const c1 = (await send(getInbox, { token: w.officerC1.token })).body.items[0];
    expect(c1.returnReason).toEqual({ comment: 'Vẫn thiếu số nhân khẩu', by: 'Nguyễn Văn duyet.d1', at: '2026-04-07T03:00:00.000Z' });
    const other = (await send(getInbox, { token: w.officerC2.token })).body.items[0];
    expect(other).toMatchObject({ status: 'returned', returnReason: { comment: 'Sai mã xã', at: '2026-04-06T03:00:00.000Z' } });
  });

  it('keeps a returned period in the inbox after its entry window closed', async () => {
    at('2026-08-01T03:00:00Z');
    const res = await send(getInbox, { token: w.officerC1.token });
    expect(res.body.items.map((i: { periodKey: string; status: string }) => `${i.periodKey}:${i.status}`)).toEqual(['2025:returned', '2026:draft']);
  });
});

describe('deadline reminders', () => {
  it('RPT-7: reminds N days before due and on overdue, once each, linking to the entry page', async () => {
    const count = async (kind: string) => (await w.db.sql(`select 1 from notification where kind = $1`, [kind])).length;
    expect(await runDeadlineReminders(em(), new Date('2026-03-30T03:00:00Z'), { daysBefore: [1] })).toBe(2);
    expect(await count('reminder.due-soon')).toBe(2);
    expect(await runDeadlineReminders(em(), new Date('2026-03-30T09:00:00Z'), { daysBefore: [1] })).toBe(0);
    expect(await runDeadlineReminders(em(), new Date('2026-04-02T03:00:00Z'))).toBe(2);
    expect(await count('reminder.overdue')).toBe(2);
    expect(await runDeadlineReminders(em(), new Date('2026-04-03T03:00:00Z'))).toBe(0);
    const [n] = await w.db.sql<{ title: { vi: string } }>(`select n.title from notification n join account a on a.id = n.account_id where a.username = 'canbo.c2' and n.kind = 'reminder.overdue'`);
    expect(n.title.vi).toMatch(/^Quá hạn: Báo cáo thử nghiệm – Xã Hòa Bình \(2025\)/);
    const outbox = await w.db.sql(`select to_address from email_outbox where subject like 'Quá hạn%'`);
    expect(outbox).toHaveLength(2);
    const links = await w.db.sql<{ link: string }>(`select distinct n.link from notification n join account a on a.id = n.account_id where a.username = 'canbo.c2' and n.kind like 'reminder.%'`);
    expect(links.map((l) => l.link)).toEqual(['/app/nhap-lieu/test-report/C2/2025']);
  });
});
