// Attachments of a submission (FRM-4): type and size limits (per field via the schema
// node's `x-attachment` {maxBytes, mime[]}, else ATTACHMENT_MAX_BYTES and a default type
// list), content-addressed storage under the attachments folder, row and history entry in
// one transaction; reading goes through the same scope check as the submission.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { stateInfo } from '@/engine/workflow';
import { attachmentsDir } from '../../ops/backup/files';
import { AppError, notFound } from '../../errors';
import { appendEvent } from '../../repositories/submissions';
import { assertCanRead, assertCanWrite, rolesOver } from './access';
import { actorName, loadSubject } from './subject';
import { notEditable } from './write-data';
import { assertContentMatches, assertSafeFileName } from '../../security/edges/sniff-upload';
import { hiddenFor } from '../../security/fields/sensitive';

const DEFAULT_MIME = ['application/pdf', 'image/jpeg', 'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

export interface AttachmentDto { id: string; field: string; fileName: string; mime: string; size: number; sha256: string; at: string }

function limitsOf(schema: { properties: Record<string, Record<string, unknown>> }, field: string) {
  const spec = (schema.properties[field]?.['x-attachment'] ?? {}) as { maxBytes?: number; mime?: string[] };
  return { maxBytes: spec.maxBytes ?? (Number(process.env.ATTACHMENT_MAX_BYTES) || 20 * 1024 * 1024), mime: spec.mime ?? DEFAULT_MIME };
}

export async function storeAttachment(
  em: EntityManager, actor: Actor, input: { id: string; field: string; fileName: string; mime: string; bytes: Buffer }, now: Date,
): Promise<AttachmentDto> {
  const peek = await loadSubject(em, input.id);
  assertCanWrite(actor, peek.unit, peek.bundle.form.domain ?? null);
  if (!Object.hasOwn(peek.bundle.form.schema.properties, input.field)) {
    throw new AppError('validation-failed', { vi: `Biểu mẫu không có trường "${input.field}".`, en: `The form has no field "${input.field}".` });
  }
  const limits = limitsOf(peek.bundle.form.schema, input.field);
  if (input.bytes.length > limits.maxBytes) throw new AppError('payload-too-large', { vi: 'Tệp đính kèm quá lớn.', en: 'The attachment is too large.' }, { maxBytes: limits.maxBytes });
  if (!limits.mime.includes(input.mime)) {
    throw new AppError('validation-failed', { vi: 'Loại tệp không được phép.', en: 'This file type is not allowed.' }, { allowed: limits.mime });
  }
  assertSafeFileName(input.fileName);
  assertContentMatches(input.bytes, input.mime, input.fileName);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const dir = attachmentsDir();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, sha256);
  if (!existsSync(file)) {
    writeFileSync(`${file}.${process.pid}.tmp`, input.bytes, { mode: 0o600 });
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
  const name = await actorName(em, actor);
  return em.transactional(async (tx) => {
    const s = await loadSubject(tx, input.id, { lock: true });
    const meta = stateInfo(s.bundle.workflow, s.row.snapshot);
    if (!meta?.editable || s.row.locked) throw notEditable(s.row, meta?.label);
    const [row] = await tx.execute<{ id: string }[]>(
      `insert into attachment (submission_id, field, file_name, mime, size, sha256, storage_key, uploaded_by, at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
      [s.row.id, input.field, input.fileName, input.mime, input.bytes.length, sha256, sha256, actor.accountId, now],
    );
    await appendEvent(tx, {
      submissionId: s.row.id, at: now, actorId: actor.accountId, actorName: name, type: 'attached', fromState: s.row.state,
      toState: s.row.state, diff: [{ path: input.field, from: null, to: input.fileName }], dataVersion: s.row.version,
    });
    return { id: row.id, field: input.field, fileName: input.fileName, mime: input.mime, size: input.bytes.length, sha256, at: now.toISOString() };
  });
}

export async function listAttachments(em: EntityManager, submissionId: string): Promise<AttachmentDto[]> {
  const rows = await em.execute<{ id: string; field: string; file_name: string; mime: string; size: string; sha256: string; at: Date }[]>(
    `select id, field, file_name, mime, size, sha256, at from attachment where submission_id = ? order by at, id`, [submissionId]);
  return rows.map((r) => ({ id: r.id, field: r.field, fileName: r.file_name, mime: r.mime, size: Number(r.size), sha256: r.sha256, at: new Date(r.at).toISOString() }));
}

export async function readAttachment(em: EntityManager, actor: Actor, submissionId: string, attachmentId: string) {
  const s = await loadSubject(em, submissionId);
  assertCanRead(actor, s.unit, s.bundle.form.domain ?? null);
  const hidden = hiddenFor(s.bundle.form, rolesOver(actor, s.unit, s.bundle.form.domain ?? null));
  const found = (await listAttachments(em, s.row.id)).find((a) => a.id === attachmentId && !hidden.includes(a.field));
  if (!found) throw notFound({ vi: 'tệp đính kèm', en: 'Attachment' });
  return { meta: found, bytes: readFileSync(path.join(attachmentsDir(), found.sha256)) };
}
