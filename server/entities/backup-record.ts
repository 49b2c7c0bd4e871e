// One pg_dump run (OPS-1): where the copy is, its SHA-256, the tool and server versions, and
// the per-table fingerprints taken in the dump's snapshot that a restore test compares against.
// Expiring a copy removes its files but keeps this row (expiredAt) as the history of backups.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export type TableFingerprints = Record<string, { rows: number; hash: string }>;

export const BackupRecord = defineEntity({
  name: 'BackupRecord',
  tableName: 'backup_record',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    kind: p.enum(['adhoc', 'scheduled', 'monthly', 'yearly'] as const),
    status: p.enum(['ok', 'failed'] as const),
    databaseName: p.text(),
    file: p.text().nullable(),
    sizeBytes: p.bigint('number').nullable(),
    sha256: p.text().nullable(),
    attachmentsFile: p.text().nullable(),
    attachmentsSizeBytes: p.bigint('number').nullable(),
    attachmentsSha256: p.text().nullable(),
    attachmentsCount: p.integer().nullable(),
    serverVersion: p.text().nullable(),
    pgDumpVersion: p.text().nullable(),
    fingerprints: p.json<TableFingerprints>(),
    startedAt: p.datetime(),
    finishedAt: p.datetime(),
    durationMs: p.integer(),
    error: p.text().nullable(),
    verified: p.boolean().default(false),
    restoreTestedAt: p.datetime().nullable(),
    restoreTestOk: p.boolean().nullable(),
    expiredAt: p.datetime().nullable(),
    createdBy: p.text().nullable(),
  },
});
export type BackupRecordRow = InferEntity<typeof BackupRecord>;
