// Checks a backup's SHA-256 against what was recorded at backup time (the backup_record row,
// else the `.sha256` sidecar) BEFORE anything is restored: a corrupted or altered copy is
// refused with a message that says which file, what was expected and where that came from.
import fs from 'node:fs';
import path from 'node:path';
import { readSidecar, sha256File } from './files';

export interface ExpectedSums {
  dump?: string | null;
  attachments?: string | null;
  attachmentsFile?: string | null;
  source: 'record' | 'sidecar';
}

export class CorruptBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptBackupError';
  }
}

/** The recorded sums, or the sidecar's when no record is known; null when neither exists. */
export function expectedSums(dumpFile: string, record?: { sha256?: string | null; attachmentsSha256?: string | null; attachmentsFile?: string | null } | null): ExpectedSums | null {
  if (record?.sha256) {
    // The copy may have been moved with its folder: its archive is looked for beside it.
    const tar = record.attachmentsFile ? path.join(path.dirname(dumpFile), path.basename(record.attachmentsFile)) : null;
    return { dump: record.sha256, attachments: record.attachmentsSha256, attachmentsFile: tar, source: 'record' };
  }
  const sidecar = readSidecar(dumpFile);
  if (!sidecar?.[path.basename(dumpFile)]) return null;
  const tar = Object.keys(sidecar).find((name) => name !== path.basename(dumpFile)) ?? null;
  return {
    dump: sidecar[path.basename(dumpFile)],
    attachments: tar ? sidecar[tar] : null,
    attachmentsFile: tar ? path.join(path.dirname(dumpFile), tar) : null,
    source: 'sidecar',
  };
}

export async function verifyBackupFiles(dumpFile: string, expected: ExpectedSums | null): Promise<void> {
  if (!fs.existsSync(dumpFile)) throw new CorruptBackupError(`Backup file not found: ${dumpFile}`);
  if (!expected?.dump) {
    throw new CorruptBackupError(`Refusing to restore ${dumpFile}: no checksum is known for it (no backup_record row and no ${path.basename(dumpFile)}.sha256 sidecar).`);
  }
  await checkOne(dumpFile, expected.dump, expected.source);
  if (expected.attachmentsFile && expected.attachments) {
    if (!fs.existsSync(expected.attachmentsFile)) throw new CorruptBackupError(`Attachments archive is missing: ${expected.attachmentsFile}`);
    await checkOne(expected.attachmentsFile, expected.attachments, expected.source);
  }
}

async function checkOne(file: string, expected: string, source: string): Promise<void> {
  const actual = await sha256File(file);
  if (actual === expected) return;
  throw new CorruptBackupError(
    `Backup file ${file} is corrupted or was altered: its SHA-256 is ${actual} but the ${source} says ${expected}. Nothing was restored; use another copy.`,
  );
}
