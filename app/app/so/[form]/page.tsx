// A register's list: the page reads its filters from the URL (unit, q, state, f.<field>, sort,
// order, page, pageSize), asks the service for that page on the server and hands it to the
// client grid, which changes the URL to ask for another page.
import { redirect } from 'next/navigation';
import { pageContext } from '@/server/http/page-context';
import { AppError } from '@/server/errors';
import { listRegister } from '@/server/services/registers/list-register';
import { registerForms } from '@/server/services/registers/register-forms';
import { fieldFilters } from '@/server/services/registers/input-schemas';
import { RegisterList } from '@/components/registers/register-list';

export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function RegisterPage({ params, searchParams }: { params: Promise<{ form: string }>; searchParams: Promise<Search> }) {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const { form } = await params;
  const sp = await searchParams;
  const reachable = (await registerForms(ctx.em, ctx.actor, ctx.today)).find((f) => f.code === form);
  if (!reachable || reachable.units.length === 0) redirect('/app/so');
  const home = reachable.units.find((u) => u.code === ctx.actor.homeUnit.code);
  const unitCode = one(sp.unit) ?? (home ?? reachable.units[0]).code;
  const query = {
    unitCode, q: one(sp.q), state: one(sp.state), fields: fieldFilters(sp), sort: one(sp.sort),
    order: one(sp.order) === 'asc' ? 'asc' as const : 'desc' as const,
    page: Math.max(1, Number(one(sp.page)) || 1), pageSize: Math.min(200, Math.max(1, Number(one(sp.pageSize)) || 20)),
  };
  try {
    const page = await listRegister(ctx.em, ctx.actor, form, query, ctx.today);
    return <RegisterList page={page} units={reachable.units} query={query} />;
  } catch (err) {
    if (err instanceof AppError && (err.code === 'out-of-scope' || err.code === 'not-found')) redirect(`/app/so/${encodeURIComponent(form)}`);
    throw err;
  }
}
