// Excel imports of register records: one row per uploaded file with its progress counters and
// per-row findings, so the browser can poll a job and an interrupted import stays explainable.
// The uploaded workbook is kept with the job until it finishes (then cleared).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000600_imports extends Migration {
  override up(): void {
    this.addSql(`create table import_job (
      id uuid primary key default gen_random_uuid(),
      form_code text not null,
      form_version int not null,
      unit_id uuid not null references org_unit(id),
      account_id uuid not null references account(id),
      mode text not null check (mode in ('all-or-nothing', 'valid-rows-only')),
      status text not null check (status in ('queued', 'validating', 'writing', 'done', 'rejected', 'failed')),
      file_name text not null,
      file bytea null,
      total int not null default 0,
      processed int not null default 0,
      valid int not null default 0,
      invalid int not null default 0,
      written int not null default 0,
      errors jsonb not null default '[]'::jsonb,
      message text null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      finished_at timestamptz null
    )`);
    this.addSql(`create index import_job_account_idx on import_job (account_id, created_at desc)`);
  }
}
