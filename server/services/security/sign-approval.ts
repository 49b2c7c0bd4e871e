// Signs an approval whose workflow step says requireSignature (WF-3), inside the event's
// transaction: the actor consents (event.signature = 'server-key'), the server signs the
// canonical payload with the key of the actor's unit, appends a 'signed' history entry
// holding the approved data, and stores signature + certificate + payload hash.
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { AppError } from '../../errors';
import { appendEvent } from '../../repositories/submissions';
import { openData, sealMarked } from '../../security/fields/seal-data';
import { certificateSha256 } from '../../security/signing/certificate-info';
import { sha256Hex } from '../../security/signing/canonical';
import type { Subject } from '../submissions/subject';
import { approvalBytes, SERVER_SIGNATURE_CONSENT, type ApprovalMeta } from './approval-payload';
import { unitSigner } from './signing-keys';

export interface ApprovalToSign {
  actor: Actor;
  name: string;
  at: Date;
  consent: string | undefined;
  event: { type: string; seq: number; fromState: string; toState: string };
}

export const unsupportedSignature = () => new AppError('signature-invalid', {
  vi: 'Chữ ký không hợp lệ: hãy xác nhận ký bằng khóa của đơn vị (signature = "server-key").',
  en: 'Invalid signature: confirm signing with the unit key (signature = "server-key").',
});

export async function signApproval(tx: EntityManager, s: Subject, a: ApprovalToSign): Promise<{ signatureId: string; seq: number }> {
  if (a.consent !== SERVER_SIGNATURE_CONSENT) throw unsupportedSignature();
  const signer = await unitSigner(tx, a.actor.homeUnit.id, { actorId: a.actor.accountId, actorName: a.name }, a.at);
  const data = openData(s.row.data);
  const meta: ApprovalMeta = {
    v: 1, kind: 'approval', submissionId: s.row.id,
    form: { code: s.row.formCode, version: s.row.formVersion },
    workflow: { code: s.row.workflowCode, version: s.row.workflowVersion },
    unit: { id: s.unit.id, code: s.unit.code },
    periodKey: s.row.periodKey ?? null, subjectKey: s.row.subjectKey ?? null,
    actor: { accountId: a.actor.accountId, name: a.name },
    at: a.at.toISOString(), event: a.event, dataVersion: s.row.version,
    keyId: signer.keyId, certificateSha256: certificateSha256(signer.certificate),
  };
  const bytes = approvalBytes(meta, data);
  const signature = Buffer.from(await signer.sign(bytes)).toString('base64');
  const payloadSha256 = sha256Hex(bytes);
  const signatureId = crypto.randomUUID();
  const seq = await appendEvent(tx, {
    submissionId: s.row.id, at: a.at, actorId: a.actor.accountId, actorName: a.name, type: 'signed',
    fromState: s.row.state, toState: s.row.state, dataVersion: s.row.version, dataSnapshot: sealMarked(s.row.data),
    effects: [{ type: 'signature', signatureId, keyId: signer.keyId, algorithm: signer.algorithm, payloadSha256, signedBy: signer.unitCode }],
  });
  await tx.execute(
    `insert into signature (id, kind, submission_id, event_seq, key_id, algorithm, signature, certificate_pem, payload_sha256, meta, signed_at, signed_by)
     values (?, 'approval', ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)`,
    [signatureId, s.row.id, seq, signer.keyId, signer.algorithm, signature, signer.certificate, payloadSha256, JSON.stringify(meta), a.at, a.actor.accountId],
  );
  return { signatureId, seq };
}
