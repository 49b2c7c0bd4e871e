// What an approval signature covers (WF-3): the approved data with the form and workflow
// versions, the unit, the period (or register subject), the approving actor, the time and the
// event. `meta` is everything but the data; the data is re-read from the signed history entry.
import { canonicalBytes } from '../../security/signing/canonical';

export const SERVER_SIGNATURE_CONSENT = 'server-key';

export interface ApprovalMeta {
  v: 1;
  kind: 'approval';
  submissionId: string;
  form: { code: string; version: number };
  workflow: { code: string; version: number };
  unit: { id: string; code: string };
  periodKey: string | null;
  subjectKey: string | null;
  actor: { accountId: string; name: string };
  at: string;
  event: { type: string; seq: number; fromState: string; toState: string };
  dataVersion: number;
  keyId: string;
  certificateSha256: string;
}

/** The exact bytes signed: sorted-key JSON of the meta with the approved data. */
export function approvalBytes(meta: ApprovalMeta, data: unknown): Buffer {
  return canonicalBytes({ ...meta, data });
}
