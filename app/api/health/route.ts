// Liveness and readiness for load balancers and the operator (OPS-2): 200 once the database
// answers, with the job queue and the age of the last backup and restore test (OPS-1).
import { publicRoute, json } from '@/server/http/api-route';
import { jobQueue } from '@/server/jobs/boss';
import { backupStatus } from '@/server/ops/backup/status';

export const dynamic = 'force-dynamic';

export const GET = publicRoute(async (ctx) => {
  try {
    await ctx.em.getConnection().execute('select 1');
  } catch {
    return json({ status: 'degraded', db: 'unreachable' }, 503);
  }
  const backup = await backupStatus(ctx.em, ctx.now).catch(() => null);
  return json({ status: 'ok', db: 'ok', jobs: jobQueue() ? 'ok' : 'off', backup });
});
