// The readable history (WF-1): the API keeps every autosave as its own `edited` row (the
// audit trail), and the timeline groups consecutive saves by the same person in the same
// state into one entry with the save count, first and last time and the combined diff (first
// old value → last new value per field); transitions and returns with reasons stand alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getHistory } from '@/app/api/v1/submissions/[id]/history/route';
import { groupHistory } from '@/components/submission/history-groups';
import type { HistoryEntry } from '@/components/submission/types';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
let second: TestAccount;
let id: string;
let version = 0;
const at = (hhmm: string) => setClock(() => new Date(`2026-02-16T${hhmm}:00+07:00`));
async function save(token: string, data: Record<string, number>, hhmm: string) {
  at(hhmm);
  const res = await send(putReport, { token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data, version } });
  expect(res.status).toBeLessThan(300);
  id = res.body.id;
  version = res.body.version;
}
async function event(token: string, type: string, hhmm: string, comment?: string) {
  at(hhmm);
  const res = await send(postEvent, { token, params: { id }, body: { type, comment, expectedVersion: version } });
  expect(res.status).toBe(200);
  version = res.body.version;
}

beforeAll(async () => {
  w = await createWorld();
  second = await makeAccount({ username: 'canbo.c1b', unitId: w.tree.C1, roles: [{ role: 'data_entry', unitId: w.tree.C1 }] });
  await save(w.officerC1.token, { households: 1, flagged: 0 }, '09:00');
  await save(w.officerC1.token, { households: 2, flagged: 1 }, '09:01');
  await save(w.officerC1.token, { households: 3, flagged: 1 }, '09:05');
  await save(w.officerC1.token, { households: 4, flagged: 0 }, '09:14');
  await save(second.token, { households: 6, flagged: 0 }, '09:20');
  await event(w.officerC1.token, 'SUBMIT', '09:30');
  await event(w.district.token, 'RETURN', '10:00', 'Thiếu số hộ');
  await save(w.officerC1.token, { households: 7, flagged: 0 }, '10:10');
  await save(w.officerC1.token, { households: 8, flagged: 0 }, '10:12');
  await event(w.officerC1.token, 'SUBMIT', '10:15');
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('history timeline (WF-1)', () => {
  it('WF-1: the API still returns every save as its own row (full audit trail)', async () => {
    const res = await send(getHistory, { token: w.district.token, params: { id } });
    expect(res.status).toBe(200);
    expect(res.body.items.map((h: HistoryEntry) => h.type)).toEqual(['created', 'edited', 'edited', 'edited', 'edited', 'SUBMIT', 'RETURN', 'edited', 'edited', 'SUBMIT']);
  });

  it('WF-1: consecutive saves by one person in one state collapse; transitions, returns and other people stand alone', async () => {
    const rows = (await send(getHistory, { token: w.district.token, params: { id } })).body.items as HistoryEntry[];
    const timeline = groupHistory(rows);
    expect(timeline.map((e) => `${e.type}×${e.count}`)).toEqual(['created×1', 'edited×3', 'edited×1', 'SUBMIT×1', 'RETURN×1', 'edited×2', 'SUBMIT×1']);
    const run = timeline[1];
    expect(run).toMatchObject({ firstAt: '2026-02-16T02:01:00.000Z', at: '2026-02-16T02:14:00.000Z', actor: { name: 'Nguyễn Văn canbo.c1' } });
    // households 1 → 4 over three saves; flagged went 0 → 1 → 0 and so drops out.
    expect(run.diff).toEqual([{ path: 'households', from: 1, to: 4 }]);
    expect(timeline[2]).toMatchObject({ actor: { name: 'Nguyễn Văn canbo.c1b' }, diff: [{ path: 'households', from: 4, to: 6 }] });
    expect(timeline[4]).toMatchObject({ comment: 'Thiếu số hộ', fromState: 'level2', toState: 'returned' });
    expect(timeline[5]).toMatchObject({ toState: 'returned', diff: [{ path: 'households', from: 6, to: 8 }] });
  });
});
