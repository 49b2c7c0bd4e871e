// The approver's queue: server-side paging, filters (form, state, unit, period, changed
// since approval), scope by the approver's subtree, allowed events per row, what each row
// reads by (form title, unit name, period label), and bulk approve where each row
// succeeds or fails on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getQueue } from '@/app/api/v1/queue/route';
import { POST as postBulk } from '@/app/api/v1/queue/bulk/route';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
const ids: Record<string, string> = {};

async function submitted(unitCode: 'C1' | 'C2', periodKey: string) {
  const token = unitCode === 'C1' ? w.officerC1.token : w.officerC2.token;
  const saved = await send(putReport, { token, method: 'PUT', params: { code: 'test-report', unitCode, periodKey }, body: { data: { households: 5, flagged: 1 } } });
  await send(postEvent, { token, params: { id: saved.body.id }, body: { type: 'SUBMIT', expectedVersion: 1 } });
  ids[`${unitCode}-${periodKey}`] = saved.body.id;
}

beforeAll(async () => {
  w = await createWorld();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  await submitted('C1', '2025');
  await submitted('C2', '2025');
  await submitted('C1', '2026');
  await send(putReport, { token: w.officerC2.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C2', periodKey: '2026' }, body: { data: {} } });
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('queue', () => {
  it('pages the submissions under the approver (drafts left out) with the allowed events', async () => {
    const page1 = await send(getQueue, { token: w.district.token, path: '/api/v1/queue?pageSize=2&sort=unit&order=asc' });
    expect(page1.status).toBe(200);
    expect(page1.body.total).toBe(3);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0].allowedEvents.map((e: { type: string }) => e.type).sort()).toEqual(['APPROVE', 'RETURN']);
    expect(page1.body.items[0].allowedEvents.find((e: { type: string }) => e.type === 'RETURN').requiresComment).toBe(true);
    const page2 = await send(getQueue, { token: w.district.token, path: '/api/v1/queue?pageSize=2&page=2&sort=unit&order=asc' });
    expect(page2.body.items).toHaveLength(1);
    const province = await send(getQueue, { token: w.province.token, path: '/api/v1/queue' });
    expect(province.body.total).toBe(3);
    expect(province.body.items[0].allowedEvents).toEqual([]);
    const other = await send(getQueue, { token: w.otherProvince.token, path: '/api/v1/queue' });
    expect(other.body.total).toBe(0);
    const officer = await send(getQueue, { token: w.officerC1.token, path: '/api/v1/queue' });
    expect(officer.body.total).toBe(0);
  });

  it('WF-1: each row reads by the form title (vi/en), unit name and period label, page by page', async () => {
    const res = await send(getQueue, { token: w.district.token, path: '/api/v1/queue?pageSize=2&page=2&sort=unit&order=asc' });
    expect(res.body.total).toBe(3);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      form: { code: 'test-report', version: 1, title: { vi: 'Báo cáo thử nghiệm', en: 'Test report' } },
      unit: { code: 'C2', name: 'Xã Hòa Bình' }, periodKey: '2025', periodLabel: { vi: 'Năm 2025', en: 'Year 2025' },
    });
  });

  it('filters by unit, period, state and form; rejects bad query values', async () => {
    const q = (query: string) => send(getQueue, { token: w.district.token, path: `/api/v1/queue?${query}` });
    expect((await q('unit=C2')).body.total).toBe(1);
    expect((await q('period=2026')).body.total).toBe(1);
    expect((await q('state=level2&form=test-report')).body.total).toBe(3);
    expect((await q('state=draft')).body.total).toBe(1);
    expect((await q('changedSinceApproval=true')).body.total).toBe(0);
    expect((await q('pageSize=1000')).status).toBe(400);
  });

  it('bulk approves per row: stale and foreign rows fail alone', async () => {
    const a = ids['C1-2025'], b = ids['C2-2025'], c = ids['C1-2026'];
    const res = await send(postBulk, { token: w.district.token, body: { ids: [a, b, c], type: 'APPROVE', expectedVersions: { [a]: 2, [b]: 2, [c]: 1 } } });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { ok: boolean; status?: number }) => (r.ok ? 'ok' : r.status))).toEqual(['ok', 'ok', 409]);
    expect(res.body.results[0].result.state).toBe('level3');
    const foreign = await send(postBulk, { token: w.otherProvince.token, body: { ids: [c], type: 'APPROVE', expectedVersions: { [c]: 2 } } });
    expect(foreign.body.results[0]).toMatchObject({ ok: false, code: 'out-of-scope' });
    const fin = await send(postBulk, { token: w.province.token, body: { ids: [a, b], type: 'APPROVE', expectedVersions: { [a]: 3, [b]: 3 } } });
    expect(fin.body.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    const approved = await send(getQueue, { token: w.province.token, path: '/api/v1/queue?state=approved' });
    expect(approved.body.items.map((i: { id: string }) => i.id).sort()).toEqual([a, b].sort());
  });
});
