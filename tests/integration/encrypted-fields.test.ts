// SEC-2 / SEC-5: fields listed in `encrypted` are ciphertext in every stored place (data,
// history diffs), absent from search text and facts, readable through the API for readers
// in scope, re-encrypted by a key rotation, and never written to a log line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import * as records from '@/app/api/v1/forms/[code]/records/route';
import * as record from '@/app/api/v1/records/[id]/route';
import * as submission from '@/app/api/v1/submissions/[id]/route';
import * as history from '@/app/api/v1/submissions/[id]/history/route';
import { Submission } from '@/server/entities';
import { keyId, resetKeyRing } from '@/server/security/fields/field-keys';
import { rotateFieldKeys } from '@/server/security/fields/rotate-keys';
import { createLogger, logger, setLogger } from '@/server/logging/logger';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

const CCCD = '079912345678';
const INCOME = 73_737_373;
const KEY_A = randomBytes(32).toString('base64');
const KEY_B = randomBytes(32).toString('base64');
const FORM = {
  kind: 'form', code: 'secure-register', version: 1, title: { vi: 'Sổ có trường mã hóa', en: 'Register with encrypted fields' },
  formKind: 'register', workflow: 'test-three-level', enteredAt: ['commune'],
  schema: { type: 'object', required: ['fullName'], properties: {
    fullName: { type: 'string', title: 'Họ và tên' }, cccd: { type: 'string', title: 'Số CCCD' },
    income: { type: 'integer', title: 'Thu nhập' }, members: { type: 'integer', title: 'Số nhân khẩu' } } },
  aggregate: [{ field: 'members', fn: 'sum' }, { field: 'income', fn: 'sum' }],
  encrypted: ['cccd', 'income'],
};

let w: World;
let id: string;

function useKeys(current: string, previous?: string) {
  process.env.FIELD_KEY = current;
  if (previous) process.env.FIELD_KEYS_PREVIOUS = previous;
  else delete process.env.FIELD_KEYS_PREVIOUS;
  resetKeyRing();
}

beforeAll(async () => {
  useKeys(KEY_A);
  w = await createWorld();
  const text = JSON.stringify(FORM);
  await w.db.sql(`insert into definition (kind, code, version, domain, body, hash, status) values ('form', $1, 1, null, $2::jsonb, $3, 'published')`,
    [FORM.code, text, createHash('sha256').update(text).digest('hex')]);
  const saved = await send(records.POST, { token: w.officerC1.token, params: { code: FORM.code }, body: { unitCode: 'C1', data: { fullName: 'Lê Văn Mật', cccd: CCCD, income: INCOME, members: 4 } } });
  expect(saved.status).toBe(201);
  id = saved.body.id;
});
afterAll(async () => {
  useKeys(KEY_A);
  delete process.env.FIELD_KEY;
  resetKeyRing();
  setLogger(null);
  await w.db.close();
});

describe('encrypted fields at rest', () => {
  it('a raw SELECT shows ciphertext, not the values, in data, history, search text and facts', async () => {
    const [row] = await w.db.sql<{ data: string; search_text: string }>(`select data::text as data, search_text from submission where id = $1`, [id]);
    expect(row.data).not.toContain(CCCD);
    expect(row.data).not.toContain(String(INCOME));
    expect(row.data).toContain(`$enc:v1:${keyId(Buffer.from(KEY_A, 'base64'))}:`);
    expect(row.data).toContain('Lê Văn Mật');
    expect(row.search_text).not.toContain(CCCD);
    const events = await w.db.sql<{ diff: string }>(`select diff::text as diff from submission_event where submission_id = $1`, [id]);
    expect(events.map((e) => e.diff).join()).not.toContain(CCCD);
    const facts = await w.db.sql<{ field: string; value: string }>(`select field, value from fact where submission_id = $1`, [id]);
    expect(facts.map((f) => f.field)).toEqual(['members']);
  });

  it('readers in scope get the values back; an edit re-seals them and the history shows the change', async () => {
    const got = await send(submission.GET, { token: w.officerC1.token, params: { id } });
    expect(got.body.data).toMatchObject({ cccd: CCCD, income: INCOME });
    const edited = await send(record.PUT, { token: w.officerC1.token, method: 'PUT', params: { id }, body: { data: { ...got.body.data, cccd: '079900000001' }, version: 1 } });
    expect(edited.status).toBe(200);
    const [row] = await w.db.sql<{ data: string }>(`select data::text as data from submission where id = $1`, [id]);
    expect(row.data).not.toContain('079900000001');
    const hist = await send(history.GET, { token: w.officerC1.token, params: { id } });
    expect(hist.body.items.at(-1).diff).toEqual([{ path: 'cccd', from: CCCD, to: '079900000001' }]);
  });

  it('loading and flushing an entity does not rewrite the row (fresh IVs are not a change)', async () => {
    const [before] = await w.db.sql<{ data: string }>(`select data::text as data from submission where id = $1`, [id]);
    const em = w.db.orm.em.fork() as EntityManager;
    const entity = await em.findOneOrFail(Submission, { id });
    expect(entity.data.cccd).toBe('079900000001');
    await em.flush();
    const [after] = await w.db.sql<{ data: string }>(`select data::text as data from submission where id = $1`, [id]);
    expect(after.data).toBe(before.data);
  });

  it('rotate-key re-encrypts data and history under the new key; the old key is then unnecessary', async () => {
    useKeys(KEY_B, KEY_A);
    const report = await rotateFieldKeys(w.db.orm.em.fork() as EntityManager, { batch: 1 });
    expect(report.submissions).toBe(1);
    expect(report.events).toBeGreaterThanOrEqual(2);
    const oldId = keyId(Buffer.from(KEY_A, 'base64'));
    const stored = await w.db.sql<{ t: string }>(`select data::text as t from submission where id = $1 union all select diff::text from submission_event where submission_id = $1`, [id]);
    expect(stored.map((s) => s.t).join()).not.toContain(oldId);
    useKeys(KEY_B);
    const got = await send(submission.GET, { token: w.officerC1.token, params: { id } });
    expect(got.body.data.cccd).toBe('079900000001');
    expect((await send(history.GET, { token: w.officerC1.token, params: { id } })).body.items[0].diff).toContainEqual({ path: 'cccd', from: null, to: CCCD });
    expect((await rotateFieldKeys(w.db.orm.em.fork() as EntityManager)).submissions).toBe(0);
  });

  it('log lines never carry the values (data, bodies and credentials are censored)', async () => {
    const lines: string[] = [];
    setLogger(createLogger(new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } }), 'info'));
    const saved = await send(records.POST, { token: w.officerC1.token, params: { code: FORM.code }, body: { unitCode: 'C1', data: { fullName: 'B', cccd: CCCD } } });
    logger().info({ body: { data: { cccd: CCCD } }, headers: { authorization: `Bearer ${w.officerC1.token}` }, data: { cccd: CCCD } }, 'probe');
    await send(submission.GET, { token: w.officerC1.token, params: { id: saved.body.id } });
    const all = lines.join('\n');
    expect(all).toContain('probe');
    expect(all).not.toContain(CCCD);
    expect(all).not.toContain(w.officerC1.token);
  });
});
