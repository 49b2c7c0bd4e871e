// A file attached to a field of a submission (FRM-4), stored content-addressed on disk
// under its SHA-256 so the same document uploaded twice is kept once.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Attachment = defineEntity({
  name: 'Attachment',
  tableName: 'attachment',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    submissionId: p.uuid(),
    field: p.text(),
    fileName: p.text(),
    mime: p.text(),
    size: p.bigint('number'),
    sha256: p.text(),
    storageKey: p.text(),
    uploadedBy: p.uuid().nullable(),
    at: p.datetime(),
  },
});
export type AttachmentRow = InferEntity<typeof Attachment>;
