// Signatures (WF-3, RPT-5) on a real PostgreSQL: an approval marked requireSignature is signed
// with the approving unit's key and verifies; one changed byte of the stored data (changed as
// superuser, behind the application) breaks it; detached signatures of exported bytes verify
// through the API and the CLI and fail after a one-byte change or with a foreign certificate.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/server/clock';
import { PUT as putReport } from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { GET as verifySubmission } from '@/app/api/v1/signatures/submissions/[id]/route';
import { POST as signFile } from '@/app/api/v1/signatures/sign/route';
import { POST as verifyFile } from '@/app/api/v1/signatures/verify/route';
import { GET as listKeys } from '@/app/api/v1/signatures/keys/route';
import { run as cliVerify } from '@/cli/commands/verify';
import { generateServerKeyPair, ServerKeySigner } from '@/server/security/signing/server-key-signer';
import { selfSignedCertificate } from '@/server/security/signing/certificate';
import { signDetached } from '@/server/security/signing/detached';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

let w: World;
let id: string;
const params = { code: 'test-report', unitCode: 'C1', periodKey: '2025' };
const event = (token: string, body: Record<string, unknown>) => send(postEvent, { token, params: { id }, body });
const check = async () => (await send(verifySubmission, { token: w.province.token, params: { id } })).body;

/** The test workflow with requireSignature on the final approval, published in place. */
async function requireSignatureOnFinalApproval() {
  const [def] = await w.db.sql<{ body: { machine: { states: Record<string, { on: Record<string, { actions: unknown[] }> }> } } }>(
    `select body from definition where kind = 'workflow' and code = 'test-three-level'`);
  def.body.machine.states.level3.on.APPROVE.actions.push({ type: 'requireSignature' });
  await w.db.sql(`update definition set body = $1::jsonb, hash = md5($1::text) where kind = 'workflow' and code = 'test-three-level'`, [JSON.stringify(def.body)]);
}

async function tamper(sql: string) {
  await w.db.sql(`alter table submission_event disable trigger submission_event_append_only`);
  await w.db.sql(sql, [id]);
  await w.db.sql(`alter table submission_event enable trigger submission_event_append_only`);
}

beforeAll(async () => {
  process.env.APP_MASTER_KEY = crypto.randomBytes(32).toString('base64');
  w = await createWorld();
  await requireSignatureOnFinalApproval();
  setClock(() => new Date('2026-02-15T03:00:00Z'));
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('a signed approval (WF-3)', () => {
  it('needs the signing consent, then signs with the key of the approver\'s unit', async () => {
    const saved = await send(putReport, { token: w.officerC1.token, method: 'PUT', params, body: { data: { households: 10, flagged: 3, members: 35 } } });
    id = saved.body.id;
    expect((await event(w.officerC1.token, { type: 'SUBMIT', expectedVersion: 1 })).status).toBe(200);
    expect((await event(w.district.token, { type: 'APPROVE', expectedVersion: 2 })).status).toBe(200);
    const bare = await event(w.province.token, { type: 'APPROVE', expectedVersion: 3 });
    expect(bare.body.refusal).toBe('signature-required');
    const bogus = await event(w.province.token, { type: 'APPROVE', expectedVersion: 3, signature: 'MEUCIQD' });
    expect(bogus.status).toBe(422);
    expect(bogus.body.code).toBe('signature-invalid');
    const signed = await event(w.province.token, { type: 'APPROVE', expectedVersion: 3, signature: 'server-key' });
    expect(signed.body).toMatchObject({ state: 'approved', status: 'approved' });
    const history = await w.db.sql(`select type from submission_event where submission_id = $1 order by seq`, [id]);
    expect(history.map((h) => h.type).slice(-2)).toEqual(['APPROVE', 'signed']);
  });

  it('verifies, with the certificate recorded beside the signature', async () => {
    const r = await check();
    expect(r.valid).toBe(true);
    expect(r.signatures).toHaveLength(1);
    const s = r.signatures[0];
    expect(s.checks).toEqual({ payloadHash: true, signature: true, trustedCertificate: true, eventMatches: true, currentData: true });
    expect(s.certificate.pem).toContain('BEGIN CERTIFICATE');
    expect(s.certificate.subject).toContain('CN=Tỉnh Một');
    expect(s.certificate.subject).toContain('O=P1');
    expect(s.signer.name).toBe('Nguyễn Văn duyet.p1');
    const [row] = await w.db.sql(`select s.certificate_pem, k.certificate_pem key_pem from signature s join signing_key k on k.id = s.key_id where s.submission_id = $1`, [id]);
    expect(row.certificate_pem).toBe(row.key_pem);
    const [key] = await w.db.sql(`select private_key_sealed from signing_key`);
    expect(key.private_key_sealed).toMatch(/^v1\./);
    expect((await send(listKeys, { token: w.province.token })).body.items[0].unit.code).toBe('P1');
  });

  it('fails after one byte of the stored approved data is changed behind the application', async () => {
    await tamper(`update submission_event set data_snapshot = jsonb_set(data_snapshot, '{households}', '11') where submission_id = $1 and type = 'signed'`);
    const r = await check();
    expect(r.valid).toBe(false);
    expect(r.signatures[0].checks).toMatchObject({ payloadHash: false, signature: false });
    await tamper(`update submission_event set data_snapshot = jsonb_set(data_snapshot, '{households}', '10') where submission_id = $1 and type = 'signed'`);
    expect((await check()).valid).toBe(true);
  });

  it('fails when the live record no longer equals what was signed', async () => {
    await w.db.sql(`update submission set data = jsonb_set(data, '{members}', '36') where id = $1`, [id]);
    const r = await check();
    expect(r.valid).toBe(false);
    expect(r.signatures[0].checks).toMatchObject({ signature: true, currentData: false });
  });

  it('a signature row cannot be edited or deleted', async () => {
    await expect(w.db.sql(`update signature set payload_sha256 = 'x'`)).rejects.toThrow(/append-only/);
    await expect(w.db.sql(`delete from signature`)).rejects.toThrow(/append-only/);
  });
});

describe('detached signatures of exports (RPT-5)', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(2048)]);
  const flip = (b: Buffer, at: number) => { const c = Buffer.from(b); c[at] ^= 0x01; return c; };
  const verify = async (bytes: Buffer, signature: unknown) =>
    (await send(verifyFile, { token: w.officerC1.token, body: { contentBase64: bytes.toString('base64'), signature } })).body;

  it('signs bytes for an approver, verifies them, and fails after one byte changes', async () => {
    for (const [bytes, name] of [[pdf, 'bao-cao.pdf'], [xlsx, 'bao-cao.xlsx']] as const) {
      const res = await send(signFile, { token: w.district.token, body: { contentBase64: bytes.toString('base64'), fileName: name } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ algorithm: 'ECDSA-P256-SHA256', unitCode: 'D1', fileName: name });
      expect(res.body.certificate).toContain('BEGIN CERTIFICATE');
      expect(await verify(bytes, res.body)).toMatchObject({ ok: true, trustedCertificate: true, signer: { unitCode: 'D1' } });
      expect(await verify(flip(bytes, 9), res.body)).toMatchObject({ ok: false, reason: 'file-mismatch' });
      expect(await verify(bytes, { ...res.body, signedAt: '2026-02-15T04:00:00.000Z' })).toMatchObject({ ok: false, reason: 'bad-signature' });
    }
    const audit = await w.db.sql(`select count(*)::int n from audit_log where action = 'signature.export'`);
    expect(audit[0].n).toBe(2);
    const rows = await w.db.sql(`select count(*)::int n from signature where kind = 'detached' and certificate_pem like '-----BEGIN CERTIFICATE%'`);
    expect(rows[0].n).toBe(2);
  });

  it('refuses signing to a data-entry officer and distrusts a foreign certificate', async () => {
    const refused = await send(signFile, { token: w.officerC1.token, body: { contentBase64: pdf.toString('base64') } });
    expect(refused.status).toBe(403);
    const { keys, pkcs8 } = await generateServerKeyPair();
    const at = new Date('2026-02-15T03:00:00Z');
    const pem = await selfSignedCertificate(keys, { code: 'D1', name: 'Huyện Một' }, new Date(at.getTime() - 1000), new Date(at.getTime() + 86_400_000));
    const forged = await signDetached(Object.assign(new ServerKeySigner(crypto.randomUUID(), pem, pkcs8), { unitCode: 'D1' }), pdf, at, null);
    expect(await verify(pdf, forged)).toMatchObject({ ok: false, reason: 'untrusted-certificate', trustedCertificate: false });
  });

  it('the CLI verifies a file and its .sig.json, and rejects a changed file', async () => {
    const res = await send(signFile, { token: w.province.token, body: { contentBase64: xlsx.toString('base64'), fileName: 'x.xlsx' } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sig-'));
    fs.writeFileSync(path.join(dir, 'x.xlsx'), xlsx);
    fs.writeFileSync(path.join(dir, 'x.xlsx.sig.json'), JSON.stringify(res.body));
    fs.writeFileSync(path.join(dir, 'y.xlsx'), flip(xlsx, 100));
    expect(await cliVerify([path.join(dir, 'x.xlsx'), path.join(dir, 'x.xlsx.sig.json'), '--offline'])).toBe(0);
    expect(await cliVerify([path.join(dir, 'y.xlsx'), path.join(dir, 'x.xlsx.sig.json'), '--offline'])).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
