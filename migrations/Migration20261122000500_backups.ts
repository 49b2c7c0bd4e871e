// Backups (OPS-1): one row per pg_dump run with its checksum, versions and the per-table
// fingerprints taken in the dump's own snapshot, and one append-only row per restore test,
// so "is there a restorable copy, and did we prove it restores?" is answerable from SQL.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000500_backups extends Migration {
  override up(): void {
    this.addSql(`create table backup_record (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('adhoc', 'scheduled', 'monthly', 'yearly')),
      status text not null check (status in ('ok', 'failed')),
      database_name text not null,
      file text null,
      size_bytes bigint null,
      sha256 text null,
      attachments_file text null,
      attachments_size_bytes bigint null,
      attachments_sha256 text null,
      attachments_count int null,
      server_version text null,
      pg_dump_version text null,
      fingerprints jsonb not null default '{}'::jsonb,
      started_at timestamptz not null,
      finished_at timestamptz not null,
      duration_ms int not null,
      error text null,
      verified boolean not null default false,
      restore_tested_at timestamptz null,
      restore_test_ok boolean null,
      expired_at timestamptz null,
      created_by text null
    )`);
    this.addSql(`create index backup_record_started_idx on backup_record (started_at desc)`);
    this.addSql(`create index backup_record_kind_idx on backup_record (kind, started_at desc)`);

    this.addSql(`create table restore_test (
      id uuid primary key default gen_random_uuid(),
      backup_id uuid null references backup_record(id),
      status text not null check (status in ('ok', 'mismatch', 'error')),
      started_at timestamptz not null,
      finished_at timestamptz not null,
      duration_ms int not null,
      scratch_database text null,
      tables_checked int not null default 0,
      mismatches jsonb not null default '[]'::jsonb,
      error text null
    )`);
    this.addSql(`create index restore_test_started_idx on restore_test (started_at desc)`);
    // A test result is evidence: written once, never edited (the same guard as audit_log).
    this.addSql(`create trigger restore_test_append_only before update or delete or truncate on restore_test
      for each statement execute function forbid_change()`);
  }
}
