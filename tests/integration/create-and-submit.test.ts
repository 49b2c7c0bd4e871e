// INT-1, WF-1, SEC-1: an integrator pushes a finished register record and submits it in one
// call. One statement writes the row, both history rows (chained) and the facts with the
// submitted status; when the workflow refuses, nothing at all is written; the approvers are
// notified as for a submit through the events route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { POST as createRecord } from '@/app/api/v1/forms/[code]/records/route';
import { GET as getHistory } from '@/app/api/v1/submissions/[id]/history/route';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
beforeAll(async () => {
  w = await createWorld();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

const count = async (table: string) => (await w.db.sql<{ n: number }>(`select count(*)::int n from ${table}`))[0].n;

describe('create and submit in one call', () => {
  it('creates the record already submitted, with two chained history rows and submitted facts', async () => {
    const res = await send(createRecord, { token: w.officerC1.token, params: { code: 'test-register' },
      body: { unitCode: 'C1', data: { fullName: 'Lò Văn Pản', members: 6 }, event: { type: 'SUBMIT', comment: 'Gửi từ hệ thống tỉnh' } } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', state: 'level2', version: 2, issues: [] });
    const history = await send(getHistory, { token: w.officerC1.token, params: { id: res.body.id } });
    expect(history.body.items.map((e: { type: string; toState: string }) => `${e.type}>${e.toState}`)).toEqual(['created>draft', 'SUBMIT>level2']);
    expect(history.body.items[1].comment).toBe('Gửi từ hệ thống tỉnh');
    const chain = await w.db.sql<{ prev_hash: string; hash: string }>(`select prev_hash, hash from submission_event where submission_id = $1 order by seq`, [res.body.id]);
    expect(chain[1].prev_hash).toBe(chain[0].hash);
    const facts = await w.db.sql<{ field: string; value: string; status: string }>(`select field, value, status from fact where submission_id = $1`, [res.body.id]);
    expect(facts).toEqual([{ field: 'members', value: '6', status: 'submitted' }]);
    const notes = await w.db.sql<{ account_id: string }>(`select account_id from notification where submission_id = $1`, [res.body.id]);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.map((n) => n.account_id)).not.toContain(w.officerC1.id);
  });

  it('writes nothing when the workflow refuses (422 with the findings)', async () => {
    const before = await Promise.all(['submission', 'submission_event', 'fact'].map(count));
    const res = await send(createRecord, { token: w.officerC1.token, params: { code: 'test-register' },
      body: { unitCode: 'C1', data: { members: 6 }, event: { type: 'SUBMIT' } } });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'workflow-refused', refusal: 'guard-failed' });
    expect(res.body.issues.map((i: { ruleId: string; field: string }) => `${i.ruleId}@${i.field}`)).toEqual(['schema:required@fullName']);
    expect(await Promise.all(['submission', 'submission_event', 'fact'].map(count))).toEqual(before);
  });

  it('refuses an event the initial state does not allow, writing nothing', async () => {
    const before = await count('submission');
    const res = await send(createRecord, { token: w.officerC1.token, params: { code: 'test-register' },
      body: { unitCode: 'C1', data: { fullName: 'Lò Thị Én', members: 2 }, event: { type: 'APPROVE' } } });
    expect(res.status).toBe(422);
    expect(res.body.refusal).toBe('event-not-allowed');
    expect(await count('submission')).toBe(before);
  });
});
