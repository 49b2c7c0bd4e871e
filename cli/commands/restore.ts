// `restore <file>`: checks the copy's SHA-256 first, then restores it into a new database
// (--into) or, with --force only, replaces the current database (a safety backup is taken
// first and the catalogue of backups is kept). See docs/operations.md.
import { bringUpDatabase } from '../../server/runtime/database';
import { restoreBackup } from '../../server/ops/backup/restore';

const USAGE = `Usage: npm run cli -- restore <file.dump> [--into <new-database>] [--attachments-into <dir>]
       npm run cli -- restore <file.dump> --force [--no-safety-backup]   (REPLACES the current database)`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
  const file = args[0];
  const into = option(args, '--into');
  const force = args.includes('--force');
  if (!file || file.startsWith('--') || (!into && !force)) {
    console.error(file && !file.startsWith('--') ? `Refusing to replace the current database without --force.\n\n${USAGE}` : USAGE);
    return 2;
  }
  const db = await bringUpDatabase({ log: (m) => console.log(m) });
  try {
    const r = await restoreBackup({
      file,
      into,
      force,
      attachmentsInto: option(args, '--attachments-into'),
      skipSafetyBackup: args.includes('--no-safety-backup'),
      actor: 'cli',
    });
    console.log(`Checksum verified (${r.checksumSource}). Restored into database "${r.database}" in ${(r.durationMs / 1000).toFixed(1)} s.`);
    if (r.safetyBackup) console.log(`Safety backup of the replaced data: ${r.safetyBackup}`);
    if (r.attachmentsRestoredTo) console.log(`Attachments restored to ${r.attachmentsRestoredTo}`);
    if (r.attachmentsMovedAside) console.log(`Previous attachments kept at ${r.attachmentsMovedAside}`);
    return 0;
  } finally {
    await db.stop();
  }
}
