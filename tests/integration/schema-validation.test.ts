// Issue #4 (FRM-1, FRM-7, INT-1): the server runs the form's JSON Schema itself, so a client that
// skips the browser form meets the same checks: wrong types and bounds are error findings on
// every save (the draft is kept: nothing typed is lost), missing required fields are checked when
// the record is submitted, and SUBMIT is refused with the findings until they are fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { POST as createRecord } from '@/app/api/v1/forms/[code]/records/route';
import { PUT as updateRecord } from '@/app/api/v1/records/[id]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as getSubmission } from '@/app/api/v1/submissions/[id]/route';
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

type Issue = { ruleId: string; field: string; severity: string; message: { vi: string; en: string } };
const ids = (issues: Issue[]) => issues.map((i) => `${i.ruleId}@${i.field}`).sort();

describe('server-side schema validation', () => {
  it('a wrong type or a bound is an error finding on save; the draft keeps what was sent', async () => {
    const created = await send(createRecord, { token: w.officerC1.token, params: { code: 'test-register' },
      body: { unitCode: 'C1', data: { members: 'năm' } } });
    expect(created.status).toBe(201);
    expect(ids(created.body.issues)).toEqual(['schema:type@members']);
    expect(created.body.issues[0]).toMatchObject({ severity: 'error', message: { vi: 'Phải là số nguyên.', en: 'Must be an integer.' } });
    expect(created.body.blocking).toBe(true);
    const stored = await send(getSubmission, { token: w.officerC1.token, params: { id: created.body.id } });
    expect(stored.body.data.members).toBe('năm');

    const negative = await send(updateRecord, { token: w.officerC1.token, method: 'PUT', params: { id: created.body.id },
      body: { data: { members: -2 }, version: 1 } });
    expect(negative.status).toBe(200);
    expect(ids(negative.body.issues)).toEqual(['schema:minimum@members']);
    expect(negative.body.issues[0].message.vi).toBe('Không được nhỏ hơn 0.');
  });

  it('SUBMIT checks required fields too and is refused (422) with every schema finding', async () => {
    const created = await send(createRecord, { token: w.officerC1.token, params: { code: 'test-register' },
      body: { unitCode: 'C1', data: { members: 4 } } });
    expect(created.body.issues).toEqual([]);
    const refused = await send(postEvent, { token: w.officerC1.token, params: { id: created.body.id }, body: { type: 'SUBMIT', expectedVersion: 1 } });
    expect(refused.status).toBe(422);
    expect(refused.body.refusal).toBe('guard-failed');
    expect(ids(refused.body.issues)).toEqual(['schema:required@fullName']);

    const fixed = await send(updateRecord, { token: w.officerC1.token, method: 'PUT', params: { id: created.body.id },
      body: { data: { fullName: 'Hoàng Thị Lan', members: 4 }, version: 1 } });
    expect(fixed.body.issues).toEqual([]);
    const sent = await send(postEvent, { token: w.officerC1.token, params: { id: created.body.id }, body: { type: 'SUBMIT', expectedVersion: 2 } });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('submitted');
  });
});
