// Liveness and readiness for load balancers and the operator: 200 once the database answers.
import { publicRoute, json } from '@/server/http/api-route';

export const dynamic = 'force-dynamic';

export const GET = publicRoute(async (ctx) => {
  try {
    await ctx.em.getConnection().execute('select 1');
    return json({ status: 'ok', db: 'ok' });
  } catch {
    return json({ status: 'degraded', db: 'unreachable' }, 503);
  }
});
