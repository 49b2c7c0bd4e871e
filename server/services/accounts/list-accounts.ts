// The account list for administrators (ACC-5, ACC-8): only accounts whose unit lies in the
// caller's unit_admin subtrees on today's date (all for a system admin), filtered, sorted
// and paged in SQL; the search is accent-insensitive (vn_fold) on full name and username.
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden } from '../../errors';
import { scopeRoots } from '../../../engine/access/scope';
import { closureOnDateSql } from '../../repositories/unit-tree';
import { callerIsSystemAdmin, isAccountAdmin, type AdminCaller } from './caller';

export interface ListQuery {
  q?: string;
  unit?: string;
  status?: string;
  role?: string;
  sort?: string;
  order?: string;
  page?: number;
  pageSize?: number;
}

export interface AccountListItem {
  id: string;
  username: string;
  fullName: string;
  kind: 'person' | 'unit';
  unit: { id: string; code: string; name: string };
  status: 'active' | 'locked' | 'closed';
  roles: { id: string; role: string; unitId: string; unitName: string; domain: string | null }[];
  lastLoginAt: string | null;
  createdAt: string;
}

const SORTS: Record<string, string> = {
  username: 'a.username',
  fullName: 'vn_fold(a.full_name)',
  createdAt: 'a.created_at',
  lastLoginAt: 'a.last_login_at',
  status: 'a.status',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const inSubtreeOf = (param: string) =>
  `a.unit_id in (select c.descendant_id from org_unit_closure c where c.ancestor_id in (${param}) and ${closureOnDateSql('c', '?')})`;

type Row = { id: string; username: string; full_name: string; kind: 'person' | 'unit'; status: AccountListItem['status']; last_login_at: Date | null; created_at: Date; unit_id: string; unit_code: string; unit_name: string; total: string };

export async function listAccounts(em: EntityManager, caller: AdminCaller, query: ListQuery, today: string) {
  if (!isAccountAdmin(caller)) throw forbidden();
  const page = Math.max(1, Math.floor(query.page ?? 1) || 1);
  const pageSize = Math.min(100, Math.max(1, Math.floor(query.pageSize ?? 20) || 20));
  const where: string[] = [];
  const params: unknown[] = [];
  if (!callerIsSystemAdmin(caller) && 'actor' in caller) {
    const roots = scopeRoots(caller.actor, { roles: ['unit_admin'] });
    if (roots.length === 0) throw forbidden();
    where.push(inSubtreeOf('?'));
    params.push(roots, today, today);
  }
  if (query.q?.trim()) {
    where.push(`vn_fold(a.full_name || ' ' || a.username) like '%' || vn_fold(?) || '%'`);
    params.push(query.q.trim().replace(/[\\%_]/g, (c) => '\\' + c));
  }
  if (query.unit) {
    if (!UUID.test(query.unit)) return { total: 0, page, pageSize, items: [] as AccountListItem[] };
    where.push(inSubtreeOf('?'));
    params.push([query.unit], today, today);
  }
  if (query.status) {
    where.push('a.status = ?');
    params.push(query.status);
  }
  if (query.role) {
    where.push('exists (select 1 from role_assignment r where r.account_id = a.id and r.revoked_at is null and r.role = ?)');
    params.push(query.role);
  }
  const sort = SORTS[query.sort ?? 'username'] ?? SORTS.username;
  const order = query.order === 'desc' ? 'desc' : 'asc';
  const rows = await em.execute<Row[]>(
    `select a.id, a.username, a.full_name, a.kind, a.status, a.last_login_at, a.created_at,
            u.id unit_id, u.code unit_code, u.name unit_name, count(*) over () total
       from account a join org_unit u on u.id = a.unit_id
      ${where.length ? 'where ' + where.join(' and ') : ''}
      order by ${sort} ${order} nulls last, a.id
      limit ? offset ?`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  const roles = rows.length
    ? await em.execute<{ id: string; account_id: string; role: string; unit_id: string; unit_name: string; domain: string | null }[]>(
        `select r.id, r.account_id, r.role, r.unit_id, u.name unit_name, r.domain
           from role_assignment r join org_unit u on u.id = r.unit_id
          where r.account_id in (?) and r.revoked_at is null order by r.granted_at`,
        [rows.map((r) => r.id)],
      )
    : [];
  const items: AccountListItem[] = rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    kind: r.kind,
    unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
    status: r.status,
    roles: roles.filter((g) => g.account_id === r.id).map((g) => ({ id: g.id, role: g.role, unitId: g.unit_id, unitName: g.unit_name, domain: g.domain })),
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  }));
  // count(*) over () is absent when the page is past the end: count again then.
  const total = rows.length ? Number(rows[0].total) : page > 1 ? await countOnly(em, where, params) : 0;
  return { total, page, pageSize, items };
}

async function countOnly(em: EntityManager, where: string[], params: unknown[]): Promise<number> {
  const [r] = await em.execute<{ n: string }[]>(
    `select count(*) n from account a ${where.length ? 'where ' + where.join(' and ') : ''}`,
    params,
  );
  return Number(r.n);
}
