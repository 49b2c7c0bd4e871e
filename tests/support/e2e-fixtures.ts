// A ready world for the collect-and-approve journey, installed into the e2e database next to
// the running app: a three-level unit tree valid today (the demo's pre-reform districts end
// on 30/06/2025, and the inbox lists the units of today's tree), a generic report form on
// the test workflow and yearly period, and one officer and two approvers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadDefinitions } from '../../engine/definitions/loader';

const FORMS = fileURLToPath(new URL('./fixtures/forms', import.meta.url));
export const E2E_PASSWORD = 'Khoi@2026';
export const E2E_FORM = 'e2e-collect';
export const UNITS = { province: 'E2E-T', district: 'E2E-H', commune: 'E2E-X' } as const;
export const USERS = { officer: 'e2e.xa', district: 'e2e.huyen', province: 'e2e.tinh' } as const;

const FORM = {
  kind: 'form', code: E2E_FORM, version: 1,
  title: { vi: 'Báo cáo hộ gia đình (thử nghiệm)', en: 'Household report (test)' },
  formKind: 'report', period: 'test-yearly', workflow: 'test-three-level', enteredAt: ['commune'],
  schema: {
    type: 'object',
    properties: {
      households: { type: 'integer', minimum: 0, title: 'Số hộ' },
      members: { type: 'integer', minimum: 0, title: 'Số nhân khẩu' },
      flagged: { type: 'integer', minimum: 0, title: 'Số hộ đánh dấu' },
      flaggedRate: { type: 'number', title: 'Tỷ lệ hộ đánh dấu (%)' },
      flaggedNote: { type: 'string', title: 'Ghi chú về hộ đánh dấu' },
      evidence: { type: 'string', title: 'Biên bản kèm theo', 'x-attachment': { maxBytes: 1048576, mime: ['application/pdf', 'image/png'] } },
    },
  },
  // Stored as JSONB, the schema's key order is not kept: the order comes from the uiSchema.
  uiSchema: { 'ui:order': ['households', 'members', 'flagged', 'flaggedRate', 'flaggedNote', 'evidence'], flaggedNote: { 'ui:widget': 'textarea' } },
  rules: {
    computed: [{ field: 'flaggedRate', logic: { if: [{ '>': [{ var: 'households' }, 0] }, { '*': [{ '/': [{ var: 'flagged' }, { var: 'households' }] }, 100] }, 0] } }],
    visibility: [{ field: 'flaggedNote', logic: { '>': [{ var: 'flagged' }, 0] } }],
    validations: [
      { id: 'flagged-le-households', severity: 'error', field: 'flagged', logic: { '<=': [{ var: 'flagged' }, { var: 'households' }] },
        message: { vi: 'Số hộ đánh dấu không được lớn hơn số hộ.', en: 'Flagged households cannot exceed households.' } },
      { id: 'members-per-household', severity: 'warning', field: 'members', logic: { '<=': [{ var: 'members' }, { '*': [{ var: 'households' }, 10] }] },
        message: { vi: 'Bình quân hơn 10 nhân khẩu một hộ: cần giải trình.', en: 'More than 10 members per household: explain.' } },
    ],
  },
  aggregate: [{ field: 'households', fn: 'sum' }, { field: 'members', fn: 'sum' }],
};

export interface CollectWorld {
  units: typeof UNITS;
  users: typeof USERS;
}

async function insertTree(db: pg.Client): Promise<Record<keyof typeof UNITS, string>> {
  const [country] = (await db.query<{ id: string }>(`select id from org_unit where level = 'country' and valid_to is null limit 1`)).rows;
  const ids = {} as Record<keyof typeof UNITS, string>;
  const rows: [keyof typeof UNITS, string, string, string | null][] = [
    ['province', 'Tỉnh Thử Nghiệm', 'province', country?.id ?? null],
    ['district', 'Huyện Thử Nghiệm', 'district', null],
    ['commune', 'Xã Thử Nghiệm', 'commune', null],
  ];
  for (const [key, name, level, parent] of rows) {
    const { rows: [u] } = await db.query<{ id: string }>(
      `insert into org_unit (code, name, level, valid_from) values ($1, $2, $3, '2000-01-01') returning id`, [UNITS[key], name, level]);
    ids[key] = u.id;
    const parentId = key === 'province' ? parent : key === 'district' ? ids.province : ids.district;
    if (parentId) await db.query(`insert into org_unit_parent (unit_id, parent_id, valid_from) values ($1, $2, '2000-01-01')`, [u.id, parentId]);
  }
  await db.query(`select rebuild_org_unit_closure()`);
  return ids;
}

async function insertDefinitions(db: pg.Client): Promise<void> {
  const files = ['period.json', 'workflow.json'].map((f) => ({ file: f, text: readFileSync(path.join(FORMS, f), 'utf8') }));
  files.push({ file: `${E2E_FORM}.json`, text: JSON.stringify(FORM) });
  const loaded = loadDefinitions(files);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.file}:${i.pointer}: ${i.message}`).join('\n'));
  for (const { text } of files) {
    const body = JSON.parse(text) as { kind: string; code: string; version: number; domain?: string };
    await db.query(
      `insert into definition (kind, code, version, domain, body, hash, status) values ($1, $2, $3, $4, $5::jsonb, $6, 'published')
       on conflict do nothing`,
      [body.kind, body.code, body.version, body.domain ?? null, text, createHash('sha256').update(text).digest('hex')]);
  }
}

export async function installCollectWorld(databaseUrl: string): Promise<CollectWorld> {
  const db = new pg.Client(databaseUrl);
  await db.connect();
  let ids: Record<keyof typeof UNITS, string>;
  try {
    ids = await insertTree(db);
    await insertDefinitions(db);
  } finally {
    await db.end();
  }
  // Accounts through the real account service (as the console operator), on the same database.
  process.env.DATABASE_URL = databaseUrl;
  const { makeAccount } = await import('./fixtures/accounts');
  const { closeOrm } = await import('../../server/db/orm');
  try {
    await makeAccount({ username: USERS.officer, unitId: ids.commune, password: E2E_PASSWORD, roles: [{ role: 'data_entry', unitId: ids.commune }] });
    await makeAccount({ username: USERS.district, unitId: ids.district, password: E2E_PASSWORD, roles: [{ role: 'approver', unitId: ids.district }] });
    await makeAccount({ username: USERS.province, unitId: ids.province, password: E2E_PASSWORD, roles: [{ role: 'approver', unitId: ids.province }] });
  } finally {
    await closeOrm();
  }
  return { units: UNITS, users: USERS };
}
