// The one command-line entry (`npm run cli -- <command> …`). Each command lives in
// cli/commands/<name>.ts and exports `run(args)`; this file only dispatches and turns
// failures into a one-line message and an exit code, never a stack trace.

const COMMANDS: Record<string, { file: string; help: string }> = {
  start: { file: './commands/start', help: 'start [--dev]            run the product (embedded PostgreSQL unless DATABASE_URL is set)' },
  build: { file: './commands/build', help: 'build [--if-stale]         production build of the web app (npm install runs it)' },
  db: { file: './commands/db', help: 'db migrate                apply migrations' },
  units: { file: './commands/units', help: 'units import <file> --valid-from <date> [--valid-to <date>]' },
  definitions: { file: './commands/definitions', help: 'definitions validate|import|export|schemas <dir…>' },
  seed: { file: './commands/seed', help: 'seed demo                 load the demo province data and accounts' },
  users: { file: './commands/users', help: 'users create|reset-password …' },
  token: { file: './commands/token', help: 'token create <username> [--name <label>]' },
  audit: { file: './commands/audit', help: 'audit verify              report the first broken link of the audit chain' },
  backup: { file: './commands/backup', help: 'backup [--kind adhoc|scheduled|monthly|yearly] [--dir <dir>] | list | restore-test | due | prune' },
  restore: { file: './commands/restore', help: 'restore <file.dump> --into <new-db> | --force   verify the SHA-256, then restore' },
  fields: { file: './commands/fields', help: 'fields rotate-key [--batch <n>]   re-encrypt encrypted form fields under FIELD_KEY' },
  keys: { file: './commands/keys', help: 'keys create <unitCode> | list        per-unit signing keys and certificates' },
  verify: { file: './commands/verify', help: 'verify <file> <file.sig.json> [--offline]   check a detached signature' },
};

function usage(): string {
  return ['Usage: npm run cli -- <command> [args]', '', ...Object.values(COMMANDS).map((c) => '  ' + c.help)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n\n${usage()}` : usage());
    return name ? 2 : 0;
  }
  const mod = (await import(command.file)) as { run: (args: string[]) => Promise<number> };
  return mod.run(args);
}

main(process.argv.slice(2)).then(
  // Exit explicitly: a finished command must not hang on a pool or timer left open.
  (code) => process.exit(code),
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`Error: ${message}`);
    if (process.env.DEBUG) console.error(err);
    process.exit(1);
  },
);

export {};
