// Re-checks every signature of a submission from what is stored (WF-3, SEC-1): the approved
// data is re-read from the signed history entry and re-canonicalised with the signed meta;
// the hash, the signature (with the recorded certificate), the certificate's origin, the
// approval event and, while the record is unchanged since, its live data must all agree.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { openData } from '../../security/fields/seal-data';
import { canonicalJson } from '../definitions/canonical-json';
import { sha256Hex } from '../../security/signing/canonical';
import { certificateSubject } from '../../security/signing/certificate-info';
import { certificateVerifier } from '../../security/signing/certificate-verifier';
import { assertCanRead } from '../submissions/access';
import { loadSubject } from '../submissions/subject';
import { approvalBytes, type ApprovalMeta } from './approval-payload';
import { knownCertificate } from './signing-keys';

interface SignatureRow {
  id: string; event_seq: number; key_id: string; algorithm: string; signature: string; certificate_pem: string;
  payload_sha256: string; meta: ApprovalMeta; signed_at: Date;
}
interface EventRow { seq: number; at: Date; actor_id: string | null; type: string; to_state: string; diff: unknown[]; data_snapshot: unknown }

export interface ApprovalCheck {
  id: string; keyId: string; algorithm: string; signedAt: string; signer: { accountId: string; name: string };
  event: ApprovalMeta['event']; certificate: { pem: string; subject: string; validFrom: string; validTo: string };
  checks: { payloadHash: boolean; signature: boolean; trustedCertificate: boolean; eventMatches: boolean; currentData: boolean | null };
  valid: boolean;
}

export async function verifySubmissionSignatures(em: EntityManager, actor: Actor, submissionId: string): Promise<{ submissionId: string; valid: boolean; signatures: ApprovalCheck[] }> {
  const s = await loadSubject(em, submissionId);
  assertCanRead(actor, s.unit, s.bundle.form.domain ?? null);
  const sigs = await em.execute<SignatureRow[]>(
    `select id, event_seq, key_id, algorithm, signature, certificate_pem, payload_sha256, meta, signed_at
       from signature where submission_id = ? and kind = 'approval' order by signed_at, event_seq`, [submissionId]);
  const events = await em.execute<EventRow[]>(
    `select seq, at, actor_id, type, to_state, diff, data_snapshot from submission_event where submission_id = ?`, [submissionId]);
  const bySeq = new Map(events.map((e) => [e.seq, e]));
  const live = canonicalJson(openData(s.row.data));
  const signatures = await Promise.all(sigs.map(async (r): Promise<ApprovalCheck> => {
    const entry = bySeq.get(r.event_seq);
    const data = openData(entry?.data_snapshot ?? null);
    const bytes = approvalBytes(r.meta, data);
    const approval = bySeq.get(r.meta.event?.seq);
    const eventMatches = !!entry && entry.type === 'signed' && !!approval && approval.type === r.meta.event.type
      && approval.actor_id === r.meta.actor.accountId && approval.to_state === r.meta.event.toState
      && new Date(approval.at).toISOString() === r.meta.at && r.meta.submissionId === s.row.id;
    // While no later history entry changed the data, the live record must still equal what was signed.
    const unchangedSince = !events.some((e) => e.seq > r.event_seq && Array.isArray(e.diff) && e.diff.length > 0);
    const checks = {
      payloadHash: sha256Hex(bytes) === r.payload_sha256,
      signature: certificateVerifier.verify(bytes, Buffer.from(r.signature, 'base64'), r.certificate_pem, r.algorithm, new Date(r.signed_at)).ok,
      trustedCertificate: (await knownCertificate(em, r.certificate_pem))?.id === r.key_id,
      eventMatches,
      currentData: unchangedSince ? canonicalJson(data) === live : null,
    };
    return {
      id: r.id, keyId: r.key_id, algorithm: r.algorithm, signedAt: new Date(r.signed_at).toISOString(), signer: r.meta.actor,
      event: r.meta.event, certificate: { pem: r.certificate_pem, ...certificateSubject(r.certificate_pem) }, checks,
      valid: checks.payloadHash && checks.signature && checks.trustedCertificate && checks.eventMatches && checks.currentData !== false,
    };
  }));
  return { submissionId, valid: signatures.length > 0 && signatures.every((x) => x.valid), signatures };
}
