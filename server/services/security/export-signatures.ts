// Signing and verifying exported files (RPT-5) for the API and the CLI: signing uses the key
// of the caller's unit and is recorded (signature row + audit); verification also says whether
// the certificate is one of our unit keys, since a self-made certificate proves nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { forbidden } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { canonicalBytes, sha256Hex } from '../../security/signing/canonical';
import { signDetached, verifyDetached, type DetachedCheck, type DetachedSignature } from '../../security/signing/detached';
import { knownCertificate, unitSigner } from './signing-keys';

const SIGNING_ROLES = ['approver', 'unit_admin', 'system_admin'];

export async function signExport(em: EntityManager, actor: Actor, bytes: Uint8Array, fileName: string | null, at: Date, ip: string | null): Promise<DetachedSignature> {
  if (!actor.grants.some((g) => SIGNING_ROLES.includes(g.role))) {
    throw forbidden({ vi: 'Chỉ người duyệt hoặc quản trị mới ký được tệp xuất.', en: 'Only approvers and administrators can sign exports.' });
  }
  return em.transactional(async (tx) => {
    const by = { actorId: actor.accountId, actorName: actor.username };
    const signer = await unitSigner(tx, actor.homeUnit.id, by, at);
    const sig = await signDetached(signer, bytes, at, fileName);
    const { signature, certificate, algorithm, ...meta } = sig;
    await tx.execute(
      `insert into signature (kind, key_id, algorithm, signature, certificate_pem, payload_sha256, meta, signed_at, signed_by)
       values ('detached', ?, ?, ?, ?, ?, ?::jsonb, ?, ?)`,
      [signer.keyId, algorithm, signature, certificate, sha256Hex(canonicalBytes(meta)), JSON.stringify(meta), at, actor.accountId],
    );
    await writeAudit(tx, { ...by, ip, at, action: 'signature.export', targetType: 'signing-key', targetId: signer.keyId, details: { sha256: sig.sha256, size: sig.size, fileName } });
    return sig;
  });
}

export type ExportCheck = Omit<DetachedCheck, 'reason'> & {
  reason?: DetachedCheck['reason'] | 'untrusted-certificate';
  trustedCertificate: boolean;
  signer: { unitCode: string; unitName: string } | null;
};

export async function checkExport(em: EntityManager, bytes: Uint8Array, sig: unknown): Promise<ExportCheck> {
  const result = verifyDetached(bytes, sig);
  const pem = sig && typeof sig === 'object' ? (sig as { certificate?: unknown }).certificate : null;
  const key = typeof pem === 'string' ? await knownCertificate(em, pem) : null;
  const trusted = !!key && key.id === (sig as { keyId?: string }).keyId;
  const reason = result.ok && !trusted ? 'untrusted-certificate' : result.reason;
  return { ...result, ok: result.ok && trusted, reason, trustedCertificate: trusted, signer: key ? { unitCode: key.unit_code, unitName: key.unit_name } : null };
}
