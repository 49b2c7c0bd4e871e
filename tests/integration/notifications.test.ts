// Notifications as effects of workflow events, after the commit: in-app rows for the
// workflow's targets (never the actor), e-mail copies in the outbox, the route and mark
// read; and the same delivery through the pg-boss notify worker when jobs run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getNotifications } from '@/app/api/v1/notifications/route';
import { POST as postRead } from '@/app/api/v1/notifications/read/route';
import { startJobs, stopJobs } from '@/server/jobs/boss';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
let id: string;
const event = (token: string, body: Record<string, unknown>) => send(postEvent, { token, params: { id }, body });

beforeAll(async () => {
  w = await createWorld();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  const saved = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 2 } } });
  id = saved.body.id;
});
afterAll(async () => {
  await stopJobs();
  setClock(null);
  await w.db.close();
});

describe('workflow notifications', () => {
  it('submit notifies the district approvers; return notifies the submitter with the reason', async () => {
    await event(w.officerC1.token, { type: 'SUBMIT', expectedVersion: 1 });
    const district = await send(getNotifications, { token: w.district.token, path: '/api/v1/notifications' });
    expect(district.body.unread).toBe(1);
    expect(district.body.items[0]).toMatchObject({ kind: 'workflow.submitted', submissionId: id, link: `/app/phe-duyet/${id}` });
    expect(district.body.items[0].title.vi).toBe('Gửi duyệt: Báo cáo thử nghiệm – Xã Đồng Tâm (2025)');
    const province = await send(getNotifications, { token: w.province.token });
    expect(province.body.unread).toBe(0);
    await event(w.district.token, { type: 'RETURN', comment: 'Bổ sung số nhân khẩu', expectedVersion: 2 });
    const officer = await send(getNotifications, { token: w.officerC1.token });
    expect(officer.body.items[0].kind).toBe('workflow.returned');
    expect(officer.body.items[0].body.vi).toBe('Trạng thái mới: Bị trả lại. Lý do: Bổ sung số nhân khẩu');
    const mails = await w.db.sql<{ to_address: string }>(`select to_address from email_outbox order by id`);
    expect(mails.map((m) => m.to_address)).toEqual(['duyet.d1@example.vn', 'canbo.c1@example.vn']);
  });

  it('marks read only the caller’s own notifications', async () => {
    const mine = await send(getNotifications, { token: w.officerC1.token });
    const theirs = await send(getNotifications, { token: w.district.token });
    const res = await send(postRead, { token: w.officerC1.token, body: { ids: [mine.body.items[0].id, theirs.body.items[0].id] } });
    expect(res.body).toEqual({ marked: 1, unread: 0 });
    expect((await send(getNotifications, { token: w.district.token })).body.unread).toBe(1);
  });

  it('delivers through the pg-boss notify worker when jobs are started', async () => {
    await startJobs(w.db.orm, { schedule: false });
    await event(w.officerC1.token, { type: 'SUBMIT', expectedVersion: 3 });
    const deadline = Date.now() + 20_000;
    let unread = 0;
    while (Date.now() < deadline) {
      unread = (await send(getNotifications, { token: w.district.token })).body.unread;
      if (unread === 2) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(unread).toBe(2);
    const kinds = (await send(getNotifications, { token: w.district.token })).body.items.map((n: { kind: string }) => n.kind);
    expect(kinds.sort()).toEqual(['workflow.resubmitted', 'workflow.submitted']);
  });
});
