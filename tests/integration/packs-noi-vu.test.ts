// Home-affairs pack end to end through the API (issue #5): a civil servant enters their own
// record; the unit returns it with a reason, then approves it only in the last 5 days of the
// month with the signature step (signed by the unit key, recorded in history); a transfer
// shows its working-day deadlines (ACC-9) and leaves the record with the old unit to hand over.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import type { TestAccount } from '../support/fixtures/accounts';
import { api, chain, createPackWorld, type PackWorld } from './packs-world';

const D = 'noi-vu';
const FORM = 'ho-so-can-bo';
const at = (iso: string) => setClock(() => new Date(iso));
const record = (name: string) => ({ thongTinCoBan: { hoTenKhaiSinh: name, ngaySinh: '1988-03-14', gioiTinh: 'nam' }, congTac: { ngach: '01.003' }, xacNhan: { camDoan: true } });
let w: PackWorld;
let person: TestAccount, colleague: TestAccount, head: TestAccount;

beforeAll(async () => {
  process.env.APP_MASTER_KEY ??= crypto.randomBytes(32).toString('base64');
  w = await createPackWorld();
  const snv = { unit: '86.SNV', level: 'department', domain: D };
  person = await w.account('cc.thachsophal', [{ role: 'data_entry', ...snv }]);
  colleague = await w.account('cc.kimsavuong', [{ role: 'data_entry', ...snv }]);
  head = await w.account('lanhdao.snv', [{ role: 'approver', ...snv }]);
}, 120_000);
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('civil-servant record: own entry, monthly signed approval', () => {
  let id = '';
  let v = 0;
  const step = async (steps: Parameters<typeof chain>[2]) => { const r = await chain(id, v, steps); v = r.body.version; return r.body; };

  it('the person fills and submits; the name must be in capitals', async () => {
    at('2026-10-12T03:00:00Z');
    const lower = await api.createRecord(person, FORM, { unitCode: '86.SNV', data: record('Thạch Sô Phal') });
    expect(lower.status).toBe(201);
    expect(lower.body.issues.map((i: { ruleId: string }) => i.ruleId)).toContain('ho-ten-in-hoa');
    id = lower.body.id;
    const fixed = await api.updateRecord(person, id, { version: lower.body.version, data: record('THẠCH SÔ PHAL') });
    expect(fixed.body.blocking).toBe(false);
    v = fixed.body.version;
    const notMine = await api.event(colleague, id, { type: 'SUBMIT', expectedVersion: v });
    expect(notMine.status).toBe(200); // a data-entry officer of the unit may submit it too
    expect(notMine.body.state).toBe('submitted');
    v = notMine.body.version;
  });

  it('outside the last 5 days of the month the unit can return but not approve', async () => {
    const early = await api.event(head, id, { type: 'APPROVE', expectedVersion: v, signature: 'server-key' });
    expect(early.status).toBe(422);
    expect(early.body.guard).toBe('withinWindow');
    expect((await step([[head, { type: 'RETURN', comment: 'Thiếu quá trình đào tạo.' }]])).state).toBe('returned');
    const fixed = await api.updateRecord(person, id, { version: v, data: { ...record('THẠCH SÔ PHAL'), daoTao: { quaTrinhDaoTao: [{ tenTruong: 'Học viện Hành chính Quốc gia', tuThang: '2006-09', denThang: '2010-06' }] } } });
    expect(fixed.status).toBe(200);
    v = fixed.body.version;
    expect((await step([[person, { type: 'SUBMIT' }]])).state).toBe('submitted');
  });

  it('in the last 5 days the approval needs the signature and records it in history', async () => {
    at('2026-10-28T03:00:00Z');
    const unsigned = await api.event(head, id, { type: 'APPROVE', expectedVersion: v });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    const done = await step([[head, { type: 'APPROVE', signature: 'server-key' }]]);
    expect(done).toMatchObject({ state: 'approved', status: 'approved' });
    const h = await api.history(person, id);
    const types = h.body.items.map((e: { type: string }) => e.type);
    expect(types.slice(-2)).toEqual(['APPROVE', 'signed']);
    const sig = await w.db.sql(`select kind, algorithm from signature where submission_id = $1`, [id]);
    expect(sig).toHaveLength(1);
  });

  it('a transfer computes its working-day deadlines and hands the record over', async () => {
    at('2026-10-29T03:00:00Z');
    expect((await step([[person, { type: 'START_CHANGE' }]])).state).toBe('updating');
    const moved = await api.updateRecord(person, id, { version: v, data: { ...record('THẠCH SÔ PHAL'), bienDong: { loai: 'chuyen-cong-tac', soQuyetDinh: '215/QĐ-SNV', ngayHieuLuc: '2026-11-02', donViMoi: '86.SDTTG' } } });
    expect(moved.body.data.bienDong).toMatchObject({ hanThuHoiQuyen: '2026-11-05', hanTiepNhan: '2026-11-09' });
    v = moved.body.version;
    await step([[person, { type: 'SUBMIT' }], [head, { type: 'APPROVE', signature: 'server-key' }]]);
    const bare = await api.event(head, id, { type: 'TRANSFER_OUT', expectedVersion: v });
    expect(bare.body.refusal).toBe('comment-required');
    const out = await step([[head, { type: 'TRANSFER_OUT', comment: 'Chuyển công tác theo Quyết định 215/QĐ-SNV.' }]]);
    expect(out.state).toBe('transferred');
  });
});
