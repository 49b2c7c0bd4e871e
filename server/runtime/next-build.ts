// Builds the Next app when no build exists or the sources are newer than it, so that
// `npm start` on a fresh clone serves a production build without a separate step.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

const SOURCES = ['app', 'server', 'engine', 'components', 'lib', 'form-definitions', 'workflows', 'next.config.ts', 'package-lock.json'];

export const distDir = () => process.env.NEXT_DIST_DIR || '.next';

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, distDir(), 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

export function runNextBuild(root = process.cwd()): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
