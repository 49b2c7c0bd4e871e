// `build [--if-stale]`: the production build of the web app. Run by `npm install` (postinstall)
// so that `npm start` on a fresh clone serves within seconds; skipped with SKIP_BUILD=1.
import { buildIsStale, runNextBuild } from '../../server/runtime/next-build';

export async function run(args: string[]): Promise<number> {
  if (process.env.SKIP_BUILD === '1') {
    console.log('build: skipped (SKIP_BUILD=1)');
    return 0;
  }
  if (args.includes('--if-stale') && !buildIsStale()) {
    console.log('build: the web app build is up to date');
    return 0;
  }
  await runNextBuild();
  return 0;
}
