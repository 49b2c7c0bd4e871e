// Revoking a role: stamps revoked_at, the assignment row stays (ACC-8). 204.
import { apiRoute } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { revokeRole } from '@/server/services/accounts/roles';

export const dynamic = 'force-dynamic';

export const DELETE = apiRoute<{ id: string; assignmentId: string }>(async (ctx, { id, assignmentId }) => {
  await revokeRole(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, id, assignmentId, ctx.now, ctx.today);
});
