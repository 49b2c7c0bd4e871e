// Issue #4, WF-1/WF-2: the full chain through the HTTP routes — fill, submit, district
// returns with a reason, resubmit, district approves, province approves — with a history
// row per step, idempotent events, refusals as 422 with the engine's reason, stale as 409.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getSubmission } from '@/app/api/v1/submissions/[id]/route';
import { GET as getHistory } from '@/app/api/v1/submissions/[id]/history/route';
import { GET as getForms } from '@/app/api/v1/forms/route';
import { GET as getForm } from '@/app/api/v1/forms/[code]/route';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
let id: string;
const params = { code: 'test-report', unitCode: 'C1', periodKey: '2025' };
const event = (token: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  send(postEvent, { token, params: { id }, body, headers });

beforeAll(async () => {
  w = await createWorld();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('forms catalogue', () => {
  it('lists published forms and serves one with its workflow states', async () => {
    const list = await send(getForms, { token: w.officerC1.token });
    expect(list.body.items.map((f: { code: string }) => f.code)).toEqual(['test-register', 'test-report']);
    const one = await send(getForm, { token: w.officerC1.token, params: { code: 'test-report' }, path: '/api/v1/forms/test-report?version=1' });
    expect(one.status).toBe(200);
    expect(one.body.form.schema.properties.households.type).toBe('integer');
    expect(one.body.workflow.states.returned.editable).toBe(true);
    const missing = await send(getForm, { token: w.officerC1.token, params: { code: 'nope' } });
    expect(missing.status).toBe(404);
  });
});

describe('fill → submit → return → resubmit → approve → approve', () => {
  it('refuses a submit while blocking errors remain (422 with the findings)', async () => {
    const saved = await send(putReport, { token: w.officerC1.token, method: 'PUT', params, body: { data: { households: 10, flagged: 11 } } });
    id = saved.body.id;
    const refused = await event(w.officerC1.token, { type: 'SUBMIT', expectedVersion: 1 });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('workflow-refused');
    expect(refused.body.refusal).toBe('guard-failed');
    expect(refused.body.issues[0].ruleId).toBe('flagged-le-households');
  });

  it('submits once per Idempotency-Key: the repeat returns the first result with no second effect', async () => {
    const fixed = await send(putReport, { token: w.officerC1.token, method: 'PUT', params, body: { data: { households: 10, flagged: 3, members: 35 }, version: 1 } });
    expect(fixed.body.blocking).toBe(false);
    const first = await event(w.officerC1.token, { type: 'SUBMIT', expectedVersion: 2 }, { 'idempotency-key': 'submit-1' });
    const again = await event(w.officerC1.token, { type: 'SUBMIT', expectedVersion: 2 }, { 'idempotency-key': 'submit-1' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ state: 'level2', status: 'submitted', version: 3, editable: false });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const submits = await w.db.sql(`select seq from submission_event where submission_id = $1 and type = 'SUBMIT'`, [id]);
    expect(submits).toHaveLength(1);
  });

  it('a stale expectedVersion is 409; an approver of another province is 403; a wrong level is 422', async () => {
    const stale = await event(w.district.token, { type: 'APPROVE', expectedVersion: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(3);
    const outside = await event(w.otherProvince.token, { type: 'APPROVE', expectedVersion: 3 });
    expect(outside.status).toBe(403);
    const tooHigh = await event(w.province.token, { type: 'APPROVE', expectedVersion: 3 });
    expect(tooHigh.status).toBe(422);
  });

  it('a return needs a reason (WF-1); with one the officer can edit again', async () => {
    const bare = await event(w.district.token, { type: 'RETURN', expectedVersion: 3 });
    expect(bare.status).toBe(422);
    expect(bare.body.refusal).toBe('comment-required');
    const ret = await event(w.district.token, { type: 'RETURN', expectedVersion: 3, comment: 'Số nhân khẩu chưa khớp sổ hộ' });
    expect(ret.body).toMatchObject({ state: 'returned', status: 'returned', editable: true });
    const edit = await send(putReport, { token: w.officerC1.token, method: 'PUT', params, body: { data: { households: 10, flagged: 3, members: 38 }, version: 4 } });
    expect(edit.status).toBe(200);
    expect(edit.body.version).toBe(5);
  });

  it('resubmit, district approves, province approves; then the data is final and the diff is empty', async () => {
    expect((await event(w.officerC1.token, { type: 'SUBMIT', expectedVersion: 5 })).body.state).toBe('level2');
    const d = await event(w.district.token, { type: 'APPROVE', expectedVersion: 6 });
    expect(d.body.state).toBe('level3');
    const view = await send(getSubmission, { token: w.province.token, params: { id } });
    expect(view.body.allowedEvents.map((e: { type: string }) => e.type).sort()).toEqual(['APPROVE', 'RETURN']);
    const p = await event(w.province.token, { type: 'APPROVE', expectedVersion: 7 });
    expect(p.body).toMatchObject({ state: 'approved', status: 'approved' });
    const final = await send(getSubmission, { token: w.officerC1.token, params: { id } });
    expect(final.body).toMatchObject({ final: true, lastApprovedVersion: 8, changedSinceApproval: false, diffSinceApproval: [] });
    expect(final.body.allowedEvents).toEqual([]);
  });

  it('unapprove by the higher level shows what changed since approval after a later edit', async () => {
    const un = await event(w.province.token, { type: 'UNAPPROVE', expectedVersion: 8, comment: 'Mở lại để sửa' });
    expect(un.body.state).toBe('level3');
    const ret = await event(w.province.token, { type: 'RETURN', expectedVersion: 9, comment: 'Sửa số hộ' });
    expect(ret.body.state).toBe('returned');
    await send(putReport, { token: w.officerC1.token, method: 'PUT', params, body: { data: { households: 12, flagged: 3, members: 38 }, version: 10 } });
    const view = await send(getSubmission, { token: w.district.token, params: { id } });
    expect(view.body.changedSinceApproval).toBe(true);
    expect(view.body.diffSinceApproval).toEqual(expect.arrayContaining([{ path: 'households', from: 10, to: 12 }]));
  });

  it('the history shows every step with actor, states and reasons', async () => {
    const h = await send(getHistory, { token: w.officerC1.token, params: { id } });
    const steps = h.body.items.map((e: { type: string; fromState: string | null; toState: string }) => `${e.type}:${e.fromState ?? ''}>${e.toState}`);
    expect(steps).toEqual([
      'created:>draft', 'edited:draft>draft', 'SUBMIT:draft>level2', 'RETURN:level2>returned', 'edited:returned>returned',
      'SUBMIT:returned>level2', 'APPROVE:level2>level3', 'APPROVE:level3>approved', 'UNAPPROVE:approved>level3',
      'RETURN:level3>returned', 'edited:returned>returned',
    ]);
    const ret = h.body.items.find((e: { type: string }) => e.type === 'RETURN');
    expect(ret.comment).toBe('Số nhân khẩu chưa khớp sổ hộ');
    expect(ret.actor.name).toBe('Nguyễn Văn duyet.d1');
    expect(ret.toLabel.vi).toBe('Bị trả lại');
    const edit = h.body.items.find((e: { type: string; fromState: string }) => e.type === 'edited' && e.fromState === 'returned');
    expect(edit.diff).toEqual([{ path: 'members', from: 35, to: 38 }]);
    // The history is the audit of data events (ADR 0003): chained per submission, each row linked to the one before.
    const chain = await w.db.sql<{ seq: number; prev_hash: string; hash: string }>(`select seq, prev_hash, hash from submission_event where submission_id = $1 order by seq`, [id]);
    expect(chain).toHaveLength(steps.length);
    expect(chain[0].prev_hash).toBe('0'.repeat(64));
    chain.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(chain[i].hash));
  });
});
