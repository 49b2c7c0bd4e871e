// `npm run bench -- <name>`: runs one benchmark from bench/<name>.ts. Each prints absolute
// figures and a ratio against a baseline measured in the same run on the same data.
const BENCHES: Record<string, string> = {
  rules: './rules',
  units: './units',
  aggregate: './aggregate',
  'browser-form': './browser-form',
  submit: './submit',
};

async function main(): Promise<number> {
  const name = process.argv[2];
  if (!name || !BENCHES[name]) {
    console.error(`Usage: npm run bench -- <${Object.keys(BENCHES).join('|')}>`);
    return 2;
  }
  const mod = (await import(BENCHES[name])) as { run: () => Promise<void> };
  await mod.run();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

export {};
