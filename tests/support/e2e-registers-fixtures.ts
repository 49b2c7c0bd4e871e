// A generic household-style register for the register tests (integration, crash, e2e and
// the bench): text, a dd/MM/yyyy date, a labelled choice, numbers with limits and one rule.
// Installed as published next to the shared test forms, after a check by the real loader.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadDefinitions } from '../../engine/definitions/loader';

const FORMS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'forms');

export const REGISTER_CODE = 'test-household';

export const REGISTER_FORM = {
  kind: 'form', code: REGISTER_CODE, version: 1,
  title: { vi: 'Sổ hộ gia đình (thử nghiệm)', en: 'Household register (test)' },
  formKind: 'register', workflow: 'test-three-level', enteredAt: ['commune'],
  schema: {
    type: 'object', required: ['fullName', 'members'],
    properties: {
      fullName: { type: 'string', title: 'Họ và tên chủ hộ', maxLength: 100 },
      birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
      gender: { type: 'string', title: 'Giới tính', oneOf: [{ const: 'M', title: 'Nam' }, { const: 'F', title: 'Nữ' }] },
      members: { type: 'integer', minimum: 1, title: 'Số nhân khẩu' },
      income: { type: 'number', minimum: 0, title: 'Thu nhập (triệu đồng/tháng)' },
      note: { type: 'string', title: 'Ghi chú' },
    },
  },
  uiSchema: { 'ui:order': ['fullName', 'birthDate', 'gender', 'members', 'income', 'note'] },
  rules: {
    validations: [{
      id: 'members-at-most-30', severity: 'error', field: 'members',
      logic: { '<=': [{ var: 'members' }, 30] },
      message: { vi: 'Số nhân khẩu của một hộ không được quá 30.', en: 'A household cannot have more than 30 members.' },
    }],
  },
  aggregate: [{ field: 'members', fn: 'sum' }],
};

type Sql = (text: string, params?: unknown[]) => Promise<unknown>;

/** Installs the register form (the shared test workflow must be installed, or is installed with it). */
export async function installRegisterForm(sql: Sql, opts: { withSharedForms?: boolean } = {}): Promise<void> {
  const shared = readdirSync(FORMS_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => ({ file: f, text: readFileSync(path.join(FORMS_DIR, f), 'utf8') }));
  const mine = { file: `${REGISTER_CODE}.json`, text: JSON.stringify(REGISTER_FORM) };
  const loaded = loadDefinitions([...shared, mine]);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.file}:${i.pointer}: ${i.message}`).join('\n'));
  for (const { text } of opts.withSharedForms ? [...shared, mine] : [mine]) {
    const body = JSON.parse(text) as { kind: string; code: string; version: number; domain?: string };
    await sql(
      `insert into definition (kind, code, version, domain, body, hash, status) values ($1, $2, $3, $4, $5::jsonb, $6, 'published') on conflict do nothing`,
      [body.kind, body.code, body.version, body.domain ?? null, text, createHash('sha256').update(text).digest('hex')],
    );
  }
}

/** Row i of a generated register (good data); `bad` maps row indexes to a broken variant. */
export function householdRow(i: number): unknown[] {
  const day = String((i % 28) + 1).padStart(2, '0');
  return [`Nguyễn Văn Hộ ${i}`, `${day}/0${(i % 9) + 1}/19${50 + (i % 50)}`, i % 2 ? 'Nữ' : 'M', (i % 8) + 1, (i % 50) / 2, i % 3 ? '' : 'Ghi chú'];
}

/** An .xlsx in the template's layout (titles, hidden codes) with `count` rows; `edit` may break some. */
export async function householdWorkbook(count: number, edit: (i: number, row: unknown[]) => unknown[] = (_i, r) => r): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  const props = REGISTER_FORM.schema.properties;
  ws.addRow(Object.values(props).map((p) => p.title));
  ws.addRow(Object.keys(props));
  for (let i = 0; i < count; i++) ws.addRow(edit(i, householdRow(i)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const REGISTER_UNITS = { province: 'E2E-ST', district: 'E2E-SH', commune: 'E2E-SX' } as const;
export const REGISTER_OFFICER = 'e2e.so.xa';

/** The e2e world of the register journey: its own three units valid today, the form, one officer. */
export async function installRegisterWorld(databaseUrl: string, password: string): Promise<void> {
  const { default: pg } = await import('pg');
  const db = new pg.Client(databaseUrl);
  await db.connect();
  const ids: string[] = [];
  try {
    const [country] = (await db.query<{ id: string }>(`select id from org_unit where level = 'country' and valid_to is null limit 1`)).rows;
    const names = ['Tỉnh Sổ Thử', 'Huyện Sổ Thử', 'Xã Sổ Thử'];
    for (const [i, level] of (['province', 'district', 'commune'] as const).entries()) {
      const { rows: [u] } = await db.query<{ id: string }>(
        `insert into org_unit (code, name, level, valid_from) values ($1, $2, $3, '2000-01-01') returning id`, [REGISTER_UNITS[level], names[i], level]);
      const parent = i === 0 ? country?.id : ids[i - 1];
      if (parent) await db.query(`insert into org_unit_parent (unit_id, parent_id, valid_from) values ($1, $2, '2000-01-01')`, [u.id, parent]);
      ids.push(u.id);
    }
    await db.query(`select rebuild_org_unit_closure()`);
    await installRegisterForm((text, params) => db.query(text, params as unknown[]), { withSharedForms: true });
  } finally {
    await db.end();
  }
  process.env.DATABASE_URL = databaseUrl;
  const { makeAccount } = await import('./fixtures/accounts');
  const { closeOrm } = await import('../../server/db/orm');
  try {
    await makeAccount({ username: REGISTER_OFFICER, unitId: ids[2], password, roles: [{ role: 'data_entry', unitId: ids[2] }] });
  } finally {
    await closeOrm();
  }
}
