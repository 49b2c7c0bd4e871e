// Publishing definitions (FRM-1): validated as a batch with what is already published,
// immutable once published, compatible-or-new-major, all-or-nothing, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createTestDb, type TestDb } from '../support/test-db';
import { readDefinitionFolders } from '@/server/definitions/read-folder';
import { importDefinitions } from '@/server/services/definitions/import-definitions';
import { exportDefinitions } from '@/server/services/definitions/export-definitions';
import { AppError } from '@/server/errors';
import type { DefinitionFile } from '@/engine/definitions/loader';
import fs from 'node:fs';
import os from 'node:os';

const fixtures = path.resolve(__dirname, '../unit/engine/loader/fixtures');
let db: TestDb;
let base: DefinitionFile[];
let form: DefinitionFile;

beforeAll(async () => {
  db = await createTestDb();
  base = await readDefinitionFolders([path.join(fixtures, '_base')], fixtures);
  [form] = await readDefinitionFolders([path.join(fixtures, 'valid/form.jsonc')], fixtures);
});
afterAll(async () => db.close());

const em = () => db.orm.em.fork();
const withVersion = (f: DefinitionFile, version: number, edit: (s: string) => string = (s) => s): DefinitionFile => ({
  file: f.file.replace('form', `form-v${version}`),
  text: edit(f.text.replace('"version": 1', `"version": ${version}`)),
});
async function refusal(p: Promise<unknown>): Promise<{ file: string; pointer: string; message: string }[]> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('definition-invalid');
  return (err as AppError).details?.issues as { file: string; pointer: string; message: string }[];
}

describe('definitions import (FRM-1)', () => {
  it('publishes a valid batch once, and a second import changes nothing', async () => {
    const first = await importDefinitions(em(), [...base, form]);
    expect(first.published.map((p) => `${p.kind}:${p.code}@${p.version}`).sort()).toEqual(
      ['catalog:dan-toc@1', 'form:bieu-01@1', 'period:nam@1', 'workflow:duyet-hai-cap@1'],
    );
    const again = await importDefinitions(em(), [...base, form]);
    expect(again.published).toEqual([]);
    expect(again.unchanged).toHaveLength(4);
    const audit = await db.sql(`select count(*)::int n from audit_log where action = 'definition.published'`);
    expect(audit[0].n).toBe(4);
  });

  it('refuses to change a published version, pointing at its version', async () => {
    const changed = { ...form, text: form.text.replace('"Tổng dân số"', '"Tổng số dân"') };
    const issues = await refusal(importDefinitions(em(), [changed]));
    expect(issues).toEqual([expect.objectContaining({ file: form.file, pointer: '/version' })]);
  });

  it('publishes a compatible new version and retires the previous one', async () => {
    const v2 = withVersion(form, 2, (s) => s.replace('"ghiChu": {', '"nguoiLap": { "type": "string" }, "ghiChu": {'));
    const report = await importDefinitions(em(), [v2]);
    expect(report.published).toEqual([expect.objectContaining({ code: 'bieu-01', version: 2 })]);
    expect(report.retired).toEqual([{ kind: 'form', code: 'bieu-01', version: 1 }]);
    const rows = await db.sql(`select version, status from definition where code = 'bieu-01' order by version`);
    expect(rows).toEqual([{ version: 1, status: 'retired' }, { version: 2, status: 'published' }]);
  });

  it('refuses an incompatible new version unless it is a new major version', async () => {
    const v3 = withVersion(form, 3, (s) =>
      s.replace('"ghiChu": { "type": "string"', '"nguoiLap": { "type": "string" }, "ghiChu": { "type": "integer"'));
    const issues = await refusal(importDefinitions(em(), [v3]));
    expect(issues[0]).toMatchObject({ pointer: '/schema/properties/ghiChu' });
    expect(issues[0].message).toMatch(/incompatible with version 2/);
    const published = await importDefinitions(em(), [v3], { newMajor: true });
    expect(published.published[0]).toMatchObject({ version: 3 });
  });

  it('refuses a batch with a broken cross-reference and publishes nothing of it', async () => {
    const before = await db.sql(`select count(*)::int n from definition`);
    const broken = withVersion(form, 4, (s) => s.replace('"workflow": "duyet-hai-cap"', '"workflow": "khong-co"'));
    const issues = await refusal(importDefinitions(em(), [broken]));
    expect(issues[0]).toMatchObject({ pointer: '/workflow' });
    const after = await db.sql(`select count(*)::int n from definition`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('exports the published definitions as files that import unchanged', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'defs-export-'));
    const written = await exportDefinitions(em(), dir);
    expect(written.map((w) => path.relative(dir, w)).sort()).toContain('forms/bieu-01.v3.json');
    const again = await importDefinitions(em(), await readDefinitionFolders([dir], dir));
    expect(again.published).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
