// WF-1, RPT-7: notifications lead to pages that exist. A report back in an editable state
// (returned) opens its entry page, one awaiting approval the approval view, a register record
// its record page; e-mails carry the same link as an absolute URL on the configured public
// base (NEXTAUTH_URL, default http://localhost:PORT); rows stored with the old paths still open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import * as records from '@/app/api/v1/forms/[code]/records/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getNotifications } from '@/app/api/v1/notifications/route';
import { absoluteUrl, publicBaseUrl } from '@/server/services/notifications/links';
import { notificationHref } from '@/components/notifications/notification-link';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
const saved = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, PORT: process.env.PORT };
type Note = { kind: string; link: string; submissionId: string | null };
const find = async (token: string, submissionId: string, kind: string): Promise<Note | undefined> =>
  ((await send(getNotifications, { token })).body.items as Note[]).find((n) => n.submissionId === submissionId && n.kind === kind);
const mailTo = async (address: string) => (await w.db.sql<{ body: string }>(`select body from email_outbox where to_address = $1 order by id desc limit 1`, [address]))[0].body;

beforeAll(async () => {
  w = await createWorld();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  process.env.NEXTAUTH_URL = 'https://thuthap.example.gov.vn/';
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  setClock(null);
  await w.db.close();
});

describe('notification links (WF-1, RPT-7)', () => {
  it('WF-1: a submitted report links the approver to /app/phe-duyet/{id}; a returned one links the officer to its entry page', async () => {
    const report = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 2 } } });
    const id = report.body.id as string;
    await send(postEvent, { token: w.officerC1.token, params: { id }, body: { type: 'SUBMIT', expectedVersion: 1 } });
    expect(await find(w.district.token, id, 'workflow.submitted')).toMatchObject({ link: `/app/phe-duyet/${id}` });
    expect(await mailTo('duyet.d1@example.vn')).toContain(`\n\nhttps://thuthap.example.gov.vn/app/phe-duyet/${id}`);
    await send(postEvent, { token: w.district.token, params: { id }, body: { type: 'RETURN', comment: 'Bổ sung', expectedVersion: 2 } });
    expect(await find(w.officerC1.token, id, 'workflow.returned')).toMatchObject({ link: '/app/nhap-lieu/test-report/C1/2025' });
    expect(await mailTo('canbo.c1@example.vn')).toMatch(/Lý do: Bổ sung\n\nhttps:\/\/thuthap\.example\.gov\.vn\/app\/nhap-lieu\/test-report\/C1\/2025$/);
  });

  it('WF-1: register records link to their record page, whoever receives them', async () => {
    const rec = await send(records.POST, { token: w.officerC1.token, params: { code: 'test-register' }, body: { unitCode: 'C1', data: { fullName: 'Trần Thị Hoa', members: 3 } } });
    expect(rec.status).toBe(201);
    const id = rec.body.id as string;
    expect((await send(postEvent, { token: w.officerC1.token, params: { id }, body: { type: 'SUBMIT', expectedVersion: rec.body.version } })).status).toBe(200);
    expect(await find(w.district.token, id, 'workflow.submitted')).toMatchObject({ link: `/app/so/test-register/${id}` });
    expect((await send(postEvent, { token: w.district.token, params: { id }, body: { type: 'RETURN', comment: 'Sai tên', expectedVersion: rec.body.version + 1 } })).status).toBe(200);
    expect(await find(w.officerC1.token, id, 'workflow.returned')).toMatchObject({ link: `/app/so/test-register/${id}` });
  });

  it('the public base defaults to http://localhost:PORT and absolute links pass through', () => {
    expect(publicBaseUrl({})).toBe('http://localhost:3000');
    expect(publicBaseUrl({ PORT: '8080' })).toBe('http://localhost:8080');
    expect(absoluteUrl('/app/thong-bao', { NEXTAUTH_URL: 'https://a.gov.vn//' })).toBe('https://a.gov.vn/app/thong-bao');
    expect(absoluteUrl('https://b.gov.vn/x', {})).toBe('https://b.gov.vn/x');
  });

  it('rows stored with the old paths still open the right pages', async () => {
    const [sub] = await w.db.sql<{ id: string }>(`select id from submission where kind = 'report' limit 1`);
    await w.db.sql(
      `insert into notification (account_id, kind, title, link, submission_id, dedupe_key, created_at) values
        ($1, 'reminder.overdue', '{"vi":"Quá hạn","en":"Overdue"}', '/app/forms/test-report/C1/2025', null, 'old-1', now()),
        ($1, 'workflow.returned', '{"vi":"Trả lại","en":"Returned"}', '/app/submissions/' || $2, $2::uuid, 'old-2', now() + interval '1 second')`,
      [w.officerC1.id, sub.id],
    );
    const items = (await send(getNotifications, { token: w.officerC1.token })).body.items as (Note & { id: string })[];
    const old = (link: string) => items.find((n) => n.link === link)!;
    expect(notificationHref(old(`/app/submissions/${sub.id}`))).toBe(`/app/phe-duyet/${sub.id}`);
    expect(notificationHref(old('/app/forms/test-report/C1/2025'))).toBe('/app/nhap-lieu/test-report/C1/2025');
    expect(notificationHref({ link: '/app/so/test-register/x', submissionId: 'x' })).toBe('/app/so/test-register/x');
  });
});
