// `npm start`: database up (embedded unless DATABASE_URL), migrations, demo data on first
// start, a production build when missing or stale, then the app on PORT (default 3000).
import { bringUpDatabase } from '../../server/runtime/database';
import { ensureSessionSecret } from '../../server/runtime/secrets';
import { buildIsStale, runNextBuild } from '../../server/runtime/next-build';
import { serveNext } from '../../server/runtime/serve';
import { seedDemoIfEmpty, demoAccountsText } from '../../server/seed/demo';
import { startJobs, stopJobs } from '../../server/jobs/boss';

export async function run(args: string[]): Promise<number> {
  const dev = args.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  const log = (m: string) => console.log(m);
  const { generated } = ensureSessionSecret();
  if (generated && process.env.NODE_ENV === 'production') log('Warning: NEXTAUTH_SECRET is not set; using a generated one from .data/.');
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const db = await bringUpDatabase({ log });
  let served: Awaited<ReturnType<typeof serveNext>>;
  let seeded: boolean;
  try {
    seeded = await seedDemoIfEmpty(db.orm, log);
    await startJobs(db.orm);
    if (!dev && buildIsStale()) {
      log('Building the web app (first start or sources changed)…');
      await runNextBuild();
    }
    served = await serveNext({ dev, port });
  } catch (err) {
    // Never leave the embedded server running behind a failed start.
    await stopJobs();
    await db.stop();
    throw err;
  }
  log(`\nReady: http://localhost:${port}  (health: http://localhost:${port}/api/health)`);
  if (seeded || db.embedded) log(await demoAccountsText(db.orm));

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('Shutting down…');
  await served.close();
  await stopJobs();
  await db.stop();
  return 0;
}
