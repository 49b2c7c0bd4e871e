// `npm start`: database up (embedded unless DATABASE_URL), migrations, demo data on first
// start, a production build when missing or stale, then the app on PORT (default 3000).
import { bringUpDatabase } from '../../server/runtime/database';
import { ensureSessionSecret } from '../../server/runtime/secrets';
import { ensureMasterKey } from '../../server/services/security/master-key';
import { buildIsStale, runNextBuild } from '../../server/runtime/next-build';
import { serveNext } from '../../server/runtime/serve';
import { seedDemoIfEmpty, demoAccountsText } from '../../server/seed/demo';
import { startJobs, stopJobs } from '../../server/jobs/boss';
import { releaseSignals } from '../../server/db/embedded';

export async function run(args: string[]): Promise<number> {
  const dev = args.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  const log = (m: string) => console.log(m);
  const { generated } = ensureSessionSecret();
  // Seals two-factor secrets, signing keys and encrypted fields; generated for the demo only.
  if (process.env.DATABASE_URL && !process.env.APP_MASTER_KEY) {
    throw new Error('APP_MASTER_KEY is required with DATABASE_URL (32 random bytes, base64: openssl rand -base64 32)');
  }
  ensureMasterKey();
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

  // From here this process owns SIGINT/SIGTERM: drain first, stop the database last.
  releaseSignals();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // Graceful order (OPS-2): stop accepting and drain in-flight requests, release the jobs
  // (workers finish or hand back their jobs), then close the ORM and the embedded server.
  // A second signal during the drain exits at once.
  log('Shutting down…');
  const force = () => process.exit(1);
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  await served.close();
  await stopJobs();
  await db.stop();
  return 0;
}
