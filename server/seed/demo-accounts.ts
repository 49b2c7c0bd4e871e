// Demo accounts (one per role and level of every pack) over the demo units, read from
// demo/accounts.json, created through the account service as the console operator, and
// the printable credentials table. `admin` must change its password at first sign-in (ACC-2).
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { now, vnDate } from '../clock';
import { verifyPassword } from '../auth/password-hash';
import { createAccount } from '../services/accounts/create-account';
import type { RoleName } from '../../engine/access/actor';

/** A unit by code and level, or the first unit of a level under a province; on `onDate`'s tree (default today). */
type UnitPick = { code: string; level: string; onDate?: string } | { firstUnder: string; level: string; onDate?: string };

export interface DemoAccount {
  username: string;
  password: string;
  fullName: string;
  kind: 'person' | 'unit';
  role: RoleName;
  domain?: string;
  unit: UnitPick;
  mustChange?: boolean;
  /** Further grants, e.g. read scope over the province for an agency's approver (grants cover subtrees). */
  extraRoles?: Array<{ role: RoleName; unit: UnitPick; domain?: string }>;
  /** What the account is for, printed with the credentials. */
  note?: string;
}

export const DEMO_ACCOUNTS_FILE = 'demo/accounts.json';

function readAccounts(): DemoAccount[] {
  const file = path.resolve(process.cwd(), DEMO_ACCOUNTS_FILE);
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { accounts: DemoAccount[] }).accounts;
}

export const DEMO_ACCOUNTS: DemoAccount[] = readAccounts();

async function findUnit(em: EntityManager, pick: UnitPick, today: string): Promise<{ id: string; name: string } | null> {
  const day = pick.onDate ?? today;
  if ('code' in pick) {
    const [u] = await em.execute<{ id: string; name: string }[]>(
      `select id, name from org_unit where code = ? and level = ? and valid_from <= ?::date and (valid_to is null or valid_to >= ?::date)`,
      [pick.code, pick.level, day, day],
    );
    return u ?? null;
  }
  const [u] = await em.execute<{ id: string; name: string }[]>(
    `select d.id, d.name from org_unit p
       join org_unit_closure c on c.ancestor_id = p.id and c.valid_from <= ?::date and (c.valid_to is null or c.valid_to >= ?::date)
       join org_unit d on d.id = c.descendant_id and d.level = ?
      where p.code = ? and p.level = 'province' and p.valid_from <= ?::date and (p.valid_to is null or p.valid_to >= ?::date)
      order by d.code limit 1`,
    [day, day, pick.level, pick.firstUnder, day, day],
  );
  return u ?? null;
}

async function createDemoAccount(orm: MikroORM, d: DemoAccount, at: Date, today: string, log: (m: string) => void): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const unit = await findUnit(em, d.unit, today);
  if (!unit) {
    log(`Demo account ${d.username} skipped: its unit is not in the database.`);
    return;
  }
  const roles = [{ role: d.role, unitId: unit.id, domain: d.domain ?? null }];
  for (const extra of d.extraRoles ?? []) {
    const u = await findUnit(em, extra.unit, today);
    if (u) roles.push({ role: extra.role, unitId: u.id, domain: extra.domain ?? null });
  }
  const created = await createAccount(
    em,
    { operator: 'seed' },
    { username: d.username, fullName: d.fullName, kind: d.kind, unitId: unit.id, password: d.password, email: null, phone: null, title: null, roles },
    at,
    today,
  );
  if (!d.mustChange) await em.execute(`update account set must_change_password = false where id = ?`, [created.id]);
}

export async function seedDemoAccounts(orm: MikroORM, log: (m: string) => void = () => {}): Promise<void> {
  const at = now();
  const today = vnDate(at);
  const em0 = orm.em.fork() as EntityManager;
  const existing = new Set((await em0.execute<{ u: string }[]>(`select lower(username) u from account`)).map((r) => r.u));
  // Password hashing dominates: a few accounts at a time keep a first start fast.
  const queue = DEMO_ACCOUNTS.filter((d) => !existing.has(d.username.toLowerCase()));
  const worker = async () => {
    for (let d = queue.shift(); d; d = queue.shift()) await createDemoAccount(orm, d, at, today, log);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  log(`Demo accounts ready (${DEMO_ACCOUNTS.length}).`);
}

/** The demo credentials as a printable table; a changed demo password is marked. */
export async function demoAccountsText(orm: MikroORM): Promise<string> {
  const em = orm.em.fork() as EntityManager;
  const rows = await em.execute<{ username: string; password_hash: string; unit_name: string }[]>(
    `select a.username, a.password_hash, u.name unit_name from account a join org_unit u on u.id = a.unit_id where a.username in (?)`,
    [DEMO_ACCOUNTS.map((d) => d.username)],
  );
  const lines = ['Tài khoản demo / Demo accounts:', ''];
  const head = ['username', 'password', 'role', 'unit', 'use'];
  const table: string[][] = [];
  const unchanged = await Promise.all(DEMO_ACCOUNTS.map(async (d) => {
    const row = rows.find((r) => r.username === d.username);
    return row ? verifyPassword(row.password_hash, d.password) : false;
  }));
  for (const [i, d] of DEMO_ACCOUNTS.entries()) {
    const row = rows.find((r) => r.username === d.username);
    if (!row) continue;
    const same = unchanged[i];
    const note = same ? (d.mustChange ? ' (đổi khi đăng nhập lần đầu)' : '') : ' (đã đổi mật khẩu / changed)';
    table.push([d.username, d.password + note, d.role + (d.domain ? ` [${d.domain}]` : ''), row.unit_name, d.note ?? '']);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => [...r[i]].length)));
  const fmt = (r: string[]) => '  ' + r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd();
  lines.push(fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...table.map(fmt));
  return lines.join('\n');
}
