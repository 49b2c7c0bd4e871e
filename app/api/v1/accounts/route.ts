// Account list (paged, filtered, sorted in SQL, within the caller's scope) and creation.
import { apiRoute, json, readJson } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { listAccounts } from '@/server/services/accounts/list-accounts';
import { createAccount } from '@/server/services/accounts/create-account';
import { createAccountInput, parseInput } from '@/server/services/accounts/input';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => {
  const p = ctx.url.searchParams;
  const num = (k: string) => (p.get(k) ? Number(p.get(k)) : undefined);
  return listAccounts(
    ctx.em,
    { actor: ctx.actor },
    {
      q: p.get('q') ?? undefined,
      unit: p.get('unit') ?? undefined,
      status: p.get('status') ?? undefined,
      role: p.get('role') ?? undefined,
      sort: p.get('sort') ?? undefined,
      order: p.get('order') ?? undefined,
      page: num('page'),
      pageSize: num('pageSize'),
    },
    ctx.today,
  );
});

export const POST = apiRoute(async (ctx) => {
  const body = parseInput(createAccountInput, await readJson(ctx.req));
  const created = await createAccount(ctx.em, { actor: ctx.actor, ip: clientIp(ctx.req) }, body, ctx.now, ctx.today);
  return json(created, 201, { location: `/api/v1/accounts/${created.id}` });
});
