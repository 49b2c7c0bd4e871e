// Demo accounts (one per role and level) over the demo units, created through the account
// service as the console operator, and the printable credentials table. `admin` must change
// its password at first sign-in (ACC-2); the others are ready to use for demonstrations.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { now, vnDate } from '../clock';
import { verifyPassword } from '../auth/password-hash';
import { createAccount } from '../services/accounts/create-account';
import type { RoleName } from '../../engine/access/actor';

type UnitPick = { code: string; level: string; preReform?: boolean } | { firstUnder: string; level: string; onDate?: string; preReform?: boolean };

interface DemoAccount {
  username: string;
  password: string;
  fullName: string;
  kind: 'person' | 'unit';
  role: RoleName;
  domain?: string;
  unit: UnitPick;
  mustChange?: boolean;
}

const PRE_REFORM_DAY = '2025-06-30';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', password: 'Admin@2026', fullName: 'Nguyễn Văn Quản', kind: 'person', role: 'system_admin', unit: { code: 'VN', level: 'country' }, mustChange: true },
  { username: 'qt.caobang', password: 'Caobang@2026', fullName: 'Hoàng Thị Lan', kind: 'person', role: 'unit_admin', unit: { code: '04', level: 'province' } },
  { username: 'xa.caobang', password: 'Xa@2026!', fullName: 'Nông Văn Thắng', kind: 'unit', role: 'data_entry', unit: { firstUnder: '04', level: 'commune' } },
  { username: 'duyet.giamngheo', password: 'Duyet@2026', fullName: 'Lê Thị Hương', kind: 'person', role: 'approver', domain: 'giam-ngheo', unit: { code: '04', level: 'province' } },
  { username: 'duyet.dantoc', password: 'Duyet@2026', fullName: 'Triệu Văn Sơn', kind: 'person', role: 'approver', domain: 'dan-toc', unit: { code: '04', level: 'province' } },
  { username: 'duyet.noivu', password: 'Duyet@2026', fullName: 'Phạm Thị Thu', kind: 'person', role: 'approver', domain: 'noi-vu', unit: { code: '04', level: 'province' } },
  { username: 'duyet.so', password: 'Duyet@2026', fullName: 'Đặng Minh Tuấn', kind: 'person', role: 'approver', unit: { firstUnder: '04', level: 'department' } },
  { username: 'xem.thainguyen', password: 'Xem@2026!', fullName: 'Vũ Thị Ngọc', kind: 'person', role: 'viewer', unit: { code: '19', level: 'province' } },
  { username: 'duyet.huyen', password: 'Huyen@2025', fullName: 'Bế Văn Hùng', kind: 'person', role: 'approver', unit: { firstUnder: '04', level: 'district', onDate: PRE_REFORM_DAY, preReform: true } },
];

async function findUnit(em: EntityManager, pick: UnitPick, today: string): Promise<{ id: string; name: string } | null> {
  if ('code' in pick) {
    const [u] = await em.execute<{ id: string; name: string }[]>(
      `select id, name from org_unit where code = ? and level = ? and valid_from <= ?::date and (valid_to is null or valid_to >= ?::date)`,
      [pick.code, pick.level, today, today],
    );
    return u ?? null;
  }
  const day = pick.onDate ?? today;
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

export async function seedDemoAccounts(orm: MikroORM, log: (m: string) => void = () => {}): Promise<void> {
  const at = now();
  const today = vnDate(at);
  for (const d of DEMO_ACCOUNTS) {
    const em = orm.em.fork() as EntityManager;
    const exists = await em.execute(`select 1 from account where lower(username) = ?`, [d.username]);
    if (exists.length > 0) continue;
    const unit = await findUnit(em, d.unit, today);
    if (!unit) {
      log(`Demo account ${d.username} skipped: its unit is not in the database.`);
      continue;
    }
    const created = await createAccount(
      em,
      { operator: 'seed' },
      {
        username: d.username,
        fullName: d.fullName,
        kind: d.kind,
        unitId: unit.id,
        password: d.password,
        email: null,
        phone: null,
        title: null,
        roles: [{ role: d.role, unitId: unit.id, domain: d.domain ?? null }],
      },
      at,
      today,
    );
    if (!d.mustChange) await em.execute(`update account set must_change_password = false where id = ?`, [created.id]);
  }
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
  const head = ['username', 'password', 'role', 'unit'];
  const table: string[][] = [];
  for (const d of DEMO_ACCOUNTS) {
    const row = rows.find((r) => r.username === d.username);
    if (!row) continue;
    const same = await verifyPassword(row.password_hash, d.password);
    const note = same ? (d.mustChange ? ' (đổi khi đăng nhập lần đầu)' : '') : ' (đã đổi mật khẩu / changed)';
    table.push([d.username, d.password + note, d.role + (d.domain ? ` [${d.domain}]` : ''), row.unit_name]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => [...r[i]].length)));
  const fmt = (r: string[]) => '  ' + r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ');
  lines.push(fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...table.map(fmt));
  return lines.join('\n');
}
