// SEC-3 / issue #4: walks every route of the submissions OpenAPI part with a token of
// another commune and expects 403/404 for anything addressing commune C1's submission, and
// no trace of it in the list routes (inbox, queue, notifications).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { submissionsPart } from '@/server/http/openapi/submissions';
import * as forms from '@/app/api/v1/forms/route';
import * as form from '@/app/api/v1/forms/[code]/route';
import * as reports from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import * as prefill from '@/app/api/v1/forms/[code]/prefill/route';
import * as records from '@/app/api/v1/forms/[code]/records/route';
import * as record from '@/app/api/v1/records/[id]/route';
import * as submission from '@/app/api/v1/submissions/[id]/route';
import * as history from '@/app/api/v1/submissions/[id]/history/route';
import * as events from '@/app/api/v1/submissions/[id]/events/route';
import * as inbox from '@/app/api/v1/inbox/route';
import * as queue from '@/app/api/v1/queue/route';
import * as bulk from '@/app/api/v1/queue/bulk/route';
import * as notifications from '@/app/api/v1/notifications/route';
import * as read from '@/app/api/v1/notifications/read/route';
import * as attachments from '@/app/api/v1/submissions/[id]/attachments/route';
import * as attachment from '@/app/api/v1/submissions/[id]/attachments/[attachmentId]/route';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

type Route = Record<string, (req: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>>;
const ROUTES: Record<string, Route> = {
  '/api/v1/forms': forms, '/api/v1/forms/{code}': form, '/api/v1/forms/{code}/reports/{unitCode}/{periodKey}': reports,
  '/api/v1/forms/{code}/prefill': prefill, '/api/v1/forms/{code}/records': records, '/api/v1/records/{id}': record, '/api/v1/submissions/{id}': submission,
  '/api/v1/submissions/{id}/history': history, '/api/v1/submissions/{id}/events': events, '/api/v1/inbox': inbox,
  '/api/v1/queue': queue, '/api/v1/queue/bulk': bulk, '/api/v1/notifications': notifications, '/api/v1/notifications/read': read,
  '/api/v1/submissions/{id}/attachments': attachments, '/api/v1/submissions/{id}/attachments/{attachmentId}': attachment,
} as unknown as Record<string, Route>;

let w: World;
let id: string;
let recordId: string;
let attachmentId: string;

async function upload(token: string, submissionId: string) {
  const form = new FormData();
  form.set('field', 'note');
  form.set('file', new Blob([Buffer.from('%PDF-1.4 test')], { type: 'application/pdf' }), 'bien-ban.pdf');
  const req = new Request('http://x/', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const res = await attachments.POST(req, { params: Promise.resolve({ id: submissionId }) });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), 'att-scope-'));
  w = await createWorld();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  const saved = await send(reports.PUT, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 2, flagged: 1 } } });
  id = saved.body.id;
  await send(events.POST, { token: w.officerC1.token, params: { id }, body: { type: 'SUBMIT', expectedVersion: 1 } });
  attachmentId = (await upload(w.officerC1.token, (await send(reports.PUT, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2026' }, body: { data: {} } })).body.id)).body.id;
  recordId = (await send(records.POST, { token: w.officerC1.token, params: { code: 'test-register' }, body: { unitCode: 'C1', data: { fullName: 'An' } } })).body.id;
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

const inputs: Record<string, { params?: Record<string, string>; body?: unknown }> = {
  '/api/v1/forms/{code}': { params: { code: 'test-report' } },
  '/api/v1/forms/{code}/prefill': { params: { code: 'test-report' } },
  '/api/v1/forms/{code}/reports/{unitCode}/{periodKey}': { params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 9 }, version: 2 } },
  '/api/v1/forms/{code}/records': { params: { code: 'test-register' }, body: { unitCode: 'C1', data: { fullName: 'Bình' } } },
  '/api/v1/records/{id}': { body: { data: { fullName: 'X' }, version: 1 } },
  '/api/v1/submissions/{id}/events': { body: { type: 'RETURN', comment: 'x', expectedVersion: 2 } },
  '/api/v1/queue/bulk': { body: { ids: [], type: 'APPROVE', expectedVersions: {} } },
  '/api/v1/notifications/read': { body: { ids: 'all' } },
};

describe('another commune (and another province) reach nothing of commune C1', () => {
  it('documents a handler for every path and method of the part', () => {
    for (const [p, ops] of Object.entries(submissionsPart.paths)) {
      for (const method of Object.keys(ops as object)) expect(ROUTES[p]?.[method.toUpperCase()], `${method} ${p}`).toBeTypeOf('function');
    }
  });

  for (const who of ['officerC2', 'otherProvince'] as const) {
    it(`${who}: every route answers 403/404 on C1's data or leaves it out`, async () => {
      const token = w[who].token;
      for (const [p, ops] of Object.entries(submissionsPart.paths)) {
        for (const method of Object.keys(ops as object)) {
          const input = inputs[p] ?? {};
          const target = p === '/api/v1/records/{id}' ? recordId : id;
          const params = { id: target, attachmentId, ...(input.params ?? {}) };
          if (p === '/api/v1/submissions/{id}/attachments' && method === 'post') {
            expect([403, 404]).toContain((await upload(token, id)).status);
            continue;
          }
          let body = method === 'get' ? undefined : input.body;
          if (p === '/api/v1/queue/bulk') body = { ids: [id], type: 'APPROVE', expectedVersions: { [id]: 2 } };
          const url = p === '/api/v1/forms/{code}/records' && method === 'get' ? '/api/v1/forms/test-register/records?unit=C1'
            : p === '/api/v1/forms/{code}/prefill' ? '/api/v1/forms/test-report/prefill?unit=C1&period=2026' : p;
          const res = await send(ROUTES[p][method.toUpperCase()], { token, method: method.toUpperCase(), params, body, path: url });
          const text = JSON.stringify(res.body);
          if (p.includes('{id}') || p.includes('{unitCode}') || p.endsWith('/records') || p.endsWith('/prefill')) {
            expect([403, 404], `${method} ${p} → ${res.status}`).toContain(res.status);
          } else if (p === '/api/v1/queue/bulk') {
            expect(res.body.results[0]).toMatchObject({ ok: false, status: 403 });
          } else {
            expect(res.status, `${method} ${p}`).toBe(200);
            expect(text.includes(id), `${method} ${p} leaks the submission`).toBe(false);
          }
        }
      }
      const [row] = await w.db.sql<{ version: number; state: string }>(`select version, state from submission where id = $1`, [id]);
      expect(row).toEqual({ version: 2, state: 'level2' });
    });
  }
});
