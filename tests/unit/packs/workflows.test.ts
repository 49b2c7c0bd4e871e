// The three packs' workflows run through the engine (transition / allowedEvents) with actors at
// each level, before and after the 1 July 2025 reform (the route comes from the unit tree).
import { describe, expect, it } from 'vitest';
import { allowedEvents } from '@/engine/workflow';
import type { WorkflowDefinition } from '@/engine/definitions/workflow';
import { loadPacks } from './load-packs';
import { actor, ctx, run, units } from './world';

const why = 'Thiếu số liệu thôn Nà Vài';
const sig = { signedBy: 'nv-approver', value: 'MIIB…' };

async function wf(code: string): Promise<WorkflowDefinition> {
  const def = (await loadPacks()).workflows.latest(code);
  if (!def) throw new Error(`workflow ${code} missing`);
  return def;
}

describe('giảm nghèo: duyet-giam-ngheo (commune → district → province, then commune → province)', () => {
  const D = 'giam-ngheo';
  const clerkOld = actor('xa-old', units.xaOld, [['data_entry', units.xaOld, null]]);
  const clerkNew = actor('xa-new', units.xaNew, [['data_entry', units.xaNew, null]]);
  const district = actor('huyen', units.hoaAn, [['approver', units.hoaAn, null]]);
  const otherDistrict = actor('huyen-khac', units.otherDistrict, [['approver', units.otherDistrict, null]]);
  const province = actor('tinh', units.caoBang, [['approver', units.caoBang, D]]);
  const so = actor('so-nnmt', units.soNNMT, [['approver', units.soNNMT, D]]);
  const soWrongDomain = actor('so-dttg', units.soDTTG, [['approver', units.soDTTG, 'dan-toc']]);
  const otherProvince = actor('thai-nguyen', units.thaiNguyen, [['approver', units.thaiNguyen, null]]);
  const viewer = actor('xem', units.caoBang, [['viewer', units.caoBang, null]]);

  it('before 1 July 2025: commune → district → province, returns with reason at each level', async () => {
    const def = await wf('duyet-giam-ngheo');
    const c = ctx(units.xaOld, { domain: D }, '2025-03-10T03:00:00Z');
    run(def, c, [
      { actor: district, event: { type: 'SUBMIT' }, expect: 'refused:guard-failed' },
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'atDistrict', effects: ['lock', 'notify'] },
      { actor: province, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: otherDistrict, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: district, event: { type: 'RETURN' }, expect: 'refused:comment-required' },
      { actor: district, event: { type: 'RETURN', comment: why }, expect: 'returned', effects: ['requireComment', 'unlock', 'notify'] },
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atProvince', effects: ['stampApproval', 'notify'] },
      { actor: otherProvince, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: viewer, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: province, event: { type: 'RETURN', comment: why }, expect: 'returned' },
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atProvince' },
      { actor: province, event: { type: 'APPROVE' }, expect: 'approved', effects: ['stampApproval', 'notify'] },
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'refused:event-not-allowed' },
      { actor: province, event: { type: 'UNAPPROVE' }, expect: 'refused:comment-required' },
      { actor: province, event: { type: 'UNAPPROVE', comment: why }, expect: 'returned' },
    ]);
  });

  it('from 1 July 2025: commune → province directly; the provincial department may approve', async () => {
    const def = await wf('duyet-giam-ngheo');
    const c = ctx(units.xaNew, { domain: D }, '2025-10-20T03:00:00Z');
    run(def, c, [
      { actor: clerkNew, event: { type: 'SUBMIT' }, expect: 'atProvince' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: soWrongDomain, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: so, event: { type: 'RETURN', comment: why }, expect: 'returned' },
      { actor: clerkNew, event: { type: 'SUBMIT' }, expect: 'atProvince' },
      { actor: so, event: { type: 'APPROVE' }, expect: 'approved' },
    ]);
  });

  it('a submission with blocking errors cannot be sent', async () => {
    const def = await wf('duyet-giam-ngheo');
    run(def, ctx(units.xaNew, { domain: D, blockingErrors: 2 }), [{ actor: clerkNew, event: { type: 'SUBMIT' }, expect: 'refused:guard-failed' }]);
  });

  it('allowedEvents offers the commune only SUBMIT, and the province APPROVE/RETURN', async () => {
    const def = await wf('duyet-giam-ngheo');
    const c = ctx(units.xaNew, { domain: D });
    expect(allowedEvents(def, null, clerkNew, c).map((e) => e.type)).toEqual(['SUBMIT']);
    expect(allowedEvents(def, null, province, c)).toEqual([]);
    const events = allowedEvents(def, { value: 'atProvince' } as never, province, c);
    expect(events.map((e) => e.type).sort()).toEqual(['APPROVE', 'RETURN']);
    expect(events.find((e) => e.type === 'RETURN')?.requiresComment).toBe(true);
  });
});

describe('dân tộc: duyet-dan-toc-4-cap (commune → district → sector department → ethnic-affairs agency)', () => {
  const D = 'dan-toc';
  const clerkOld = actor('xa-old', units.xaOld, [['data_entry', units.xaOld, null]]);
  const clerkNew = actor('xa-new', units.xaNew, [['data_entry', units.xaNew, null]]);
  const district = actor('phong-dan-toc', units.hoaAn, [['approver', units.hoaAn, null]]);
  const sector = actor('so-nganh', units.soNV, [['approver', units.soNV, D]]);
  const sectorPoverty = actor('so-nnmt', units.soNNMT, [['approver', units.soNNMT, 'giam-ngheo']]);
  const otherSector = actor('so-tn', units.soThaiNguyen, [['approver', units.soThaiNguyen, D]]);
  /** The agency approves for the province because the unit tree gives it the domain; its grant has no domain. */
  const banDanToc = actor('ban-dan-toc', units.soDTTG, [['approver', units.soDTTG, null]]);
  const otherBanDanToc = actor('ban-dan-toc-tn', units.soThaiNguyen, [['approver', units.soThaiNguyen, null]]);
  const provinceNoiVu = actor('tinh-nv', units.caoBang, [['approver', units.caoBang, 'noi-vu']]);
  /** The former workaround (a domain-limited province grant) no longer approves for the agency. */
  const provinceDanToc = actor('tinh-dt', units.caoBang, [['approver', units.caoBang, D]]);

  it('four levels before the reform, with return-with-reason at every level', async () => {
    const def = await wf('duyet-dan-toc-4-cap');
    const c = ctx(units.xaOld, { domain: D }, '2025-03-10T03:00:00Z');
    run(def, c, [
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: sector, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: district, event: { type: 'RETURN', comment: why }, expect: 'returned' },
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atDepartment' },
      { actor: sectorPoverty, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: otherSector, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: banDanToc, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: sector, event: { type: 'RETURN' }, expect: 'refused:comment-required' },
      { actor: sector, event: { type: 'RETURN', comment: why }, expect: 'returned' },
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atDepartment' },
      { actor: sector, event: { type: 'APPROVE' }, expect: 'atEthnicAgency', effects: ['stampApproval', 'notify'] },
      { actor: provinceNoiVu, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: provinceDanToc, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: otherBanDanToc, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: sectorPoverty, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: banDanToc, event: { type: 'RETURN', comment: why }, expect: 'returned' },
      { actor: clerkOld, event: { type: 'SUBMIT' }, expect: 'atDistrict' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'atDepartment' },
      { actor: sector, event: { type: 'APPROVE' }, expect: 'atEthnicAgency' },
      { actor: banDanToc, event: { type: 'APPROVE' }, expect: 'approved', effects: ['stampApproval', 'notify'] },
    ]);
  });

  it('after the reform the district step is skipped', async () => {
    const def = await wf('duyet-dan-toc-4-cap');
    run(def, ctx(units.xaNew, { domain: D }), [
      { actor: clerkNew, event: { type: 'SUBMIT' }, expect: 'atDepartment' },
      { actor: district, event: { type: 'APPROVE' }, expect: 'refused:guard-failed' },
      { actor: sector, event: { type: 'APPROVE' }, expect: 'atEthnicAgency' },
      { actor: banDanToc, event: { type: 'APPROVE' }, expect: 'approved' },
    ]);
  });
});

describe('nội vụ: duyet-ho-so-can-bo (own record, monthly signed approval, transfer, archive)', () => {
  const D = 'noi-vu';
  const person = actor('cong-chuc', units.soNV, []);
  const colleague = actor('dong-nghiep', units.soNV, []);
  const hr = actor('to-chuc-can-bo', units.soNV, [['data_entry', units.soNV, D]]);
  const head = actor('giam-doc-so', units.soNV, [['approver', units.soNV, D], ['unit_admin', units.soNV, D]]);
  const newHead = actor('giam-doc-so-moi', units.soDTTG, [['approver', units.soDTTG, null], ['unit_admin', units.soDTTG, null]]);
  const provinceAdmin = actor('qt-tinh', units.caoBang, [['unit_admin', units.caoBang, null]]);
  const owned = { domain: D, ownerAccountId: 'cong-chuc' };
  const midMonth = '2026-03-10T03:00:00Z';
  const lastDays = '2026-03-28T03:00:00Z'; // 27–31 March are the last 5 days

  it('the person submits; approval only in the last 5 days of the month, with a signature', async () => {
    const def = await wf('duyet-ho-so-can-bo');
    let snap = run(def, ctx(units.soNV, owned, midMonth), [
      { actor: colleague, event: { type: 'SUBMIT' }, expect: 'refused:guard-failed' },
      { actor: person, event: { type: 'SUBMIT' }, expect: 'submitted', effects: ['notify', 'lock'] },
      { actor: head, event: { type: 'APPROVE', signature: sig as never }, expect: 'refused:guard-failed' },
      { actor: head, event: { type: 'RETURN' }, expect: 'refused:comment-required' },
      { actor: head, event: { type: 'RETURN', comment: why }, expect: 'returned' },
      { actor: hr, event: { type: 'SUBMIT' }, expect: 'submitted' },
    ]);
    snap = run(def, ctx(units.soNV, owned, lastDays), [
      { actor: head, event: { type: 'APPROVE' }, expect: 'refused:signature-required' },
      { actor: person, event: { type: 'APPROVE', signature: sig as never }, expect: 'refused:guard-failed' },
      { actor: head, event: { type: 'APPROVE', signature: sig as never }, expect: 'approved', effects: ['requireSignature', 'stampApproval', 'notify'] },
      { actor: person, event: { type: 'START_CHANGE' }, expect: 'updating' },
      { actor: person, event: { type: 'SUBMIT' }, expect: 'submitted' },
      { actor: head, event: { type: 'APPROVE', signature: sig as never }, expect: 'approved' },
    ], snap);
    expect(snap).not.toBeNull();
  });

  it('transfer out needs the transfer recorded in the data; the receiving unit takes over', async () => {
    const def = await wf('duyet-ho-so-can-bo');
    const approved = { value: 'approved' } as never;
    run(def, ctx(units.soNV, { ...owned, data: { bienDong: { loai: 'dang-cong-tac' } } }), [
      { actor: head, event: { type: 'TRANSFER_OUT', comment: 'QĐ 12/QĐ-UBND' }, expect: 'refused:guard-failed' },
    ], approved);
    const data = { bienDong: { loai: 'chuyen-cong-tac', donViMoi: '04.SDTTG', ngayHieuLuc: '2026-03-06' } };
    const snap = run(def, ctx(units.soNV, { ...owned, data }), [
      { actor: person, event: { type: 'TRANSFER_OUT', comment: 'x' }, expect: 'refused:guard-failed' },
      { actor: head, event: { type: 'TRANSFER_OUT' }, expect: 'refused:comment-required' },
      { actor: head, event: { type: 'TRANSFER_OUT', comment: 'QĐ 12/QĐ-UBND' }, expect: 'transferred' },
    ], approved);
    // The server re-homes the record to bienDong.donViMoi (see docs/packs/noi-vu.md); then the new unit takes over.
    run(def, ctx(units.soDTTG, { ...owned, data }), [
      { actor: head, event: { type: 'TAKE_OVER' }, expect: 'refused:guard-failed' },
      { actor: newHead, event: { type: 'TAKE_OVER' }, expect: 'updating' },
    ], snap);
  });

  it('people who left are archived (signed, with a reason), never deleted; only a higher admin restores', async () => {
    const def = await wf('duyet-ho-so-can-bo');
    const data = { bienDong: { loai: 'nghi-huu', ngayHieuLuc: '2026-03-01' } };
    const snap = run(def, ctx(units.soNV, { ...owned, data }), [
      { actor: head, event: { type: 'ARCHIVE', comment: 'Nghỉ hưu theo QĐ 30' }, expect: 'refused:signature-required' },
      { actor: head, event: { type: 'ARCHIVE', comment: 'Nghỉ hưu theo QĐ 30', signature: sig as never }, expect: 'archived' },
      { actor: person, event: { type: 'START_CHANGE' }, expect: 'refused:event-not-allowed' },
      { actor: head, event: { type: 'RESTORE', comment: 'x' }, expect: 'refused:guard-failed' },
    ], { value: 'approved' } as never);
    const events = allowedEvents(def, snap, provinceAdmin, ctx(units.soNV, { ...owned, data }));
    expect(events.map((e) => e.type)).toEqual(['RESTORE']);
    const machine = def.machine.states as Record<string, { on?: Record<string, unknown> }>;
    expect(Object.values(machine).flatMap((s) => Object.keys(s.on ?? {}))).not.toContain('DELETE');
  });
});
