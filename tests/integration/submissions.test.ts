// Issue #4: saving reports and register records. Concurrent saves (one 409 with both
// versions, nothing lost), locked states refuse edits, facts follow the data in the same
// transaction, and the history table refuses UPDATE/DELETE in the database (SEC-1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postRecord, GET as listRecords } from '@/app/api/v1/forms/[code]/records/route';
import { PUT as putRecord } from '@/app/api/v1/records/[id]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getSubmission } from '@/app/api/v1/submissions/[id]/route';
import { POST as postAttachment } from '@/app/api/v1/submissions/[id]/attachments/route';
import { GET as getAttachment } from '@/app/api/v1/submissions/[id]/attachments/[attachmentId]/route';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
const report = (unitCode = 'C1', periodKey = '2025') => ({ code: 'test-report', unitCode, periodKey });

beforeAll(async () => {
  w = await createWorld();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('report drafts', () => {
  it('creates a draft with computed fields, issues and facts written with the data', async () => {
    const res = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: report(), body: { data: { households: 10, members: 40, flagged: 12 } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, state: 'draft', status: 'draft', blocking: true });
    expect(res.body.data.flaggedRate).toBe(120);
    expect(res.body.issues.map((i: { ruleId: string }) => i.ruleId)).toEqual(['flagged-le-households']);
    const facts = await w.db.sql<{ field: string; value: string }>(`select field, value from fact where submission_id = $1 order by field`, [res.body.id]);
    expect(facts.map((f) => [f.field, Number(f.value)])).toEqual([['flagged', 12], ['households', 10], ['members', 40]]);
  });

  it('concurrent saves of one version: one wins, the other gets 409 with both versions, nothing lost', async () => {
    const base = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: report('C1', '2026'), body: { data: { households: 1 } } });
    const [a, b] = await Promise.all([
      send(putReport, { token: w.officerC1.token, method: 'PUT', params: report('C1', '2026'), body: { data: { households: 5 }, version: base.body.version } }),
      send(putReport, { token: w.officerC1.token, method: 'PUT', params: report('C1', '2026'), body: { data: { households: 7 }, version: base.body.version } }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expect(loser.body.code).toBe('version-conflict');
    expect(loser.body.current.version).toBe(2);
    expect(loser.body.current.data.households).toBe(winner.body.data.households);
    expect([5, 7]).toContain(loser.body.yours.data.households);
    const [row] = await w.db.sql<{ version: number; households: number }>(
      `select version, (data->>'households')::int households from submission where id = $1`, [base.body.id]);
    expect(row).toEqual({ version: 2, households: winner.body.data.households });
    const edits = await w.db.sql(`select seq from submission_event where submission_id = $1`, [base.body.id]);
    expect(edits).toHaveLength(2);
  });

  it('a save without the current version never overwrites', async () => {
    const res = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: report(), body: { data: { households: 99 } } });
    expect(res.status).toBe(409);
    expect(res.body.current.data.households).toBe(10);
  });

  it('refuses units outside the data-entry scope and units that do not enter the form', async () => {
    const other = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: report('C2'), body: { data: {} } });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('out-of-scope');
    const approver = await send(putReport, { token: w.district.token, method: 'PUT', params: report('C1', '2026'), body: { data: {}, version: 2 } });
    expect(approver.status).toBe(403);
  });

  it('an approved (or submitted) report cannot be edited', async () => {
    const created = await send(putReport, { token: w.officerC2.token, method: 'PUT', params: report('C2'), body: { data: { households: 4, flagged: 1 } } });
    const sub = await send(postEvent, { token: w.officerC2.token, params: { id: created.body.id }, body: { type: 'SUBMIT', expectedVersion: 1 } });
    expect(sub.status).toBe(200);
    const locked = await send(putReport, { token: w.officerC2.token, method: 'PUT', params: report('C2'), body: { data: { households: 5 }, version: 2 } });
    expect(locked.status).toBe(422);
    expect(locked.body.code).toBe('workflow-refused');
    expect(locked.body.detail).toMatch(/không thể sửa/);
    await send(postEvent, { token: w.district.token, params: { id: created.body.id }, body: { type: 'APPROVE', expectedVersion: 2 } });
    const fin = await send(postEvent, { token: w.province.token, params: { id: created.body.id }, body: { type: 'APPROVE', expectedVersion: 3 } });
    expect(fin.body.status).toBe('approved');
    const edit = await send(putRecord, { token: w.officerC2.token, method: 'PUT', params: { id: created.body.id }, body: { data: { households: 6 }, version: 4 } });
    expect(edit.status).toBe(422);
    const facts = await w.db.sql<{ approved: boolean; status: string }>(`select distinct approved, status from fact where submission_id = $1`, [created.body.id]);
    expect(facts).toEqual([{ approved: true, status: 'approved' }]);
  });

  it('redacts restricted fields for readers without the named role (SEC-2)', async () => {
    const created = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: report('C1', '2024'), body: { data: { households: 3, contactPhone: '0912' } } });
    expect(created.status).toBe(200);
    const asOfficer = await send(getSubmission, { token: w.officerC1.token, params: { id: created.body.id } });
    expect(asOfficer.body.data.contactPhone).toBeUndefined();
    const asApprover = await send(getSubmission, { token: w.district.token, params: { id: created.body.id } });
    expect(asApprover.body.data.contactPhone).toBe('0912');
  });
});

describe('register records', () => {
  it('creates and updates a record with optimistic versions and accent-insensitive search text', async () => {
    const created = await send(postRecord, { token: w.officerC1.token, params: { code: 'test-register' }, body: { unitCode: 'C1', data: { fullName: 'Đặng Thị Hồng', members: 3 } } });
    expect(created.status).toBe(201);
    await send(postRecord, { token: w.officerC1.token, params: { code: 'test-register' }, body: { unitCode: 'C1', data: { fullName: 'Lê Văn Bình', members: 2 } } });
    const found = await send(listRecords, { token: w.officerC1.token, params: { code: 'test-register' }, path: '/api/v1/forms/test-register/records?unit=C1&q=dang%20thi%20HONG' });
    expect(found.body.total).toBe(1);
    expect(found.body.items[0].data.fullName).toBe('Đặng Thị Hồng');
    const all = await send(listRecords, { token: w.officerC1.token, params: { code: 'test-register' }, path: '/api/v1/forms/test-register/records?unit=C1&pageSize=1' });
    expect([all.body.total, all.body.items.length]).toEqual([2, 1]);
    const foreign = await send(listRecords, { token: w.officerC2.token, params: { code: 'test-register' }, path: '/api/v1/forms/test-register/records?unit=C1' });
    expect(foreign.status).toBe(403);
    const stale = await send(putRecord, { token: w.officerC1.token, method: 'PUT', params: { id: created.body.id }, body: { data: { fullName: 'X' }, version: 5 } });
    expect(stale.status).toBe(409);
    const ok = await send(putRecord, { token: w.officerC1.token, method: 'PUT', params: { id: created.body.id }, body: { data: { fullName: 'Đặng Thị Hồng', members: 4 }, version: 1 } });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(2);
    const [fact] = await w.db.sql<{ value: string }>(`select value from fact where submission_id = $1`, [created.body.id]);
    expect(Number(fact.value)).toBe(4);
    const other = await send(putRecord, { token: w.officerC2.token, method: 'PUT', params: { id: created.body.id }, body: { data: {}, version: 2 } });
    expect(other.status).toBe(403);
  });
});

describe('attachments (FRM-4)', () => {
  const upload = async (token: string, id: string, type: string, content = '%PDF-1.4 biên bản') => {
    const form = new FormData();
    form.set('field', 'note');
    form.set('file', new Blob([Buffer.from(content)], { type }), 'biên bản.pdf');
    const res = await postAttachment(new Request('http://x/', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form }), { params: Promise.resolve({ id }) });
    return { status: res.status, body: await res.json() };
  };

  it('stores by content hash, limits types, lists with the submission and serves only in scope', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'att-'));
    process.env.ATTACHMENTS_DIR = dir;
    const created = await send(putReport, { token: w.officerC1.token, method: 'PUT', params: report('C1', '2023'), body: { data: {} } });
    const id = created.body.id;
    const a = await upload(w.officerC1.token, id, 'application/pdf');
    expect(a.status).toBe(201);
    expect(a.body.sha256).toBe(createHash('sha256').update('%PDF-1.4 biên bản').digest('hex'));
    expect(existsSync(path.join(dir, a.body.sha256))).toBe(true);
    expect((await upload(w.officerC1.token, id, 'application/pdf')).status).toBe(201);
    expect(readdirSync(dir)).toHaveLength(1);
    const bad = await upload(w.officerC1.token, id, 'application/x-msdownload');
    expect(bad.status).toBe(422);
    const other = await upload(w.officerC2.token, id, 'application/pdf');
    expect(other.status).toBe(403);
    const view = await send(getSubmission, { token: w.officerC1.token, params: { id } });
    expect(view.body.attachments).toHaveLength(2);
    const file = await getAttachment(new Request('http://x/', { headers: { authorization: `Bearer ${w.officerC1.token}` } }), { params: Promise.resolve({ id, attachmentId: a.body.id }) });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('%PDF-1.4 biên bản');
    const denied = await send(getAttachment, { token: w.officerC2.token, params: { id, attachmentId: a.body.id } });
    expect(denied.status).toBe(403);
  });
});

describe('history is append-only (SEC-1)', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of submission_event', async () => {
    const [{ n }] = await w.db.sql<{ n: string }>(`select count(*) n from submission_event`);
    expect(Number(n)).toBeGreaterThan(0);
    await expect(w.db.sql(`update submission_event set comment = 'x'`)).rejects.toThrow(/append-only/);
    await expect(w.db.sql(`delete from submission_event`)).rejects.toThrow(/append-only/);
    await expect(w.db.sql(`truncate submission_event cascade`)).rejects.toThrow(/append-only/);
  });
});
