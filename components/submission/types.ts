// The shapes the collect and approve screens receive from /api/v1 (submissions, inbox, queue,
// history, notifications), mirrored from the OpenAPI file so a contract change is a type error.
// Shapes the engine or a service already declares are re-exported as types (erased from the bundle).
export type { RuleIssue } from '@/engine/rules/form-runtime';
export type { AllowedEvent } from '@/engine/workflow/allowed-events';
export type { SaveResult } from '@/server/services/submissions/save-result';
export type { InboxItem } from '@/server/services/inbox/get-inbox';
export type { ReturnReason } from '@/server/services/inbox/return-reasons';
import type { RuleIssue } from '@/engine/rules/form-runtime';
import type { AllowedEvent } from '@/engine/workflow/allowed-events';
export interface Text {
  vi: string;
  en?: string;
}



export interface DiffEntry {
  path: string;
  from: unknown;
  to: unknown;
}

export interface AttachmentDto {
  id: string;
  field: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  at: string;
}

export interface SubmissionDto {
  id: string;
  form: { code: string; version: number; title: Text };
  kind: 'report' | 'register';
  unit: { id: string; code: string; name: string; level: string };
  periodKey: string | null;
  data: Record<string, unknown>;
  explanations: Record<string, string>;
  state: string;
  status: string;
  stateLabel: Text | null;
  final: boolean;
  editable: boolean;
  locked: boolean;
  version: number;
  updatedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  lastApprovedVersion: number | null;
  changedSinceApproval: boolean;
  diffSinceApproval: DiffEntry[];
  issues: RuleIssue[];
  hidden: string[];
  allowedEvents: AllowedEvent[];
  attachments: AttachmentDto[];
}


export interface EventResult {
  id: string;
  version: number;
  state: string;
  status: string;
  label: Text | null;
  editable: boolean;
  locked: boolean;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: { id: string | null; name: string | null };
  type: string;
  fromState: string | null;
  toState: string;
  fromLabel: Text | null;
  toLabel: Text | null;
  comment: string | null;
  diff: DiffEntry[];
  dataVersion: number;
}

export type { InboxStatus } from '@/server/services/inbox/inbox-status';

export interface QueueItem {
  id: string;
  form: { code: string; version: number; title: Text };
  kind: string;
  unit: { id: string; code: string; name: string };
  periodKey: string | null;
  periodLabel: Text | null;
  state: string;
  status: string;
  stateLabel: Text | null;
  version: number;
  updatedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  changedSinceApproval: boolean;
  allowedEvents: AllowedEvent[];
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface BulkResult {
  id: string;
  ok: boolean;
  code?: string;
  status?: number;
  message?: Text;
}

export interface NotificationDto {
  id: string;
  kind: string;
  title: Text;
  body: Text | null;
  link: string | null;
  submissionId: string | null;
  readAt: string | null;
  createdAt: string;
}

/** The text of a {vi, en} pair in the interface language (Vietnamese when English is absent). */
export function textOf(text: Text | null | undefined, lang: 'vi' | 'en'): string {
  if (!text) return '';
  return (lang === 'en' && text.en) || text.vi;
}
