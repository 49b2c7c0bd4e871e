// Submissions (reports and register records) with their append-only history (SEC-1), the
// derived numeric facts for live aggregation (DESIGN §4), attachments (FRM-4), in-app
// notifications, the e-mail outbox, idempotency keys for workflow events and reminder marks.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000400_submissions extends Migration {
  override up(): void {
    this.addSql(`create table submission (
      id uuid primary key default gen_random_uuid(),
      form_code text not null,
      form_version int not null,
      kind text not null check (kind in ('report', 'register')),
      domain text null,
      unit_id uuid not null references org_unit(id),
      period_key text null,
      subject_key text null,
      ref_date date not null,
      data jsonb not null default '{}'::jsonb,
      workflow_code text not null,
      workflow_version int not null,
      state text not null,
      snapshot jsonb not null,
      status text not null,
      editable boolean not null default true,
      locked boolean not null default false,
      version int not null default 1,
      created_by uuid null references account(id),
      created_at timestamptz not null,
      updated_by uuid null references account(id),
      updated_at timestamptz not null,
      submitted_at timestamptz null,
      approved_at timestamptz null,
      last_approved_version int null,
      changed_since_approval boolean not null default false,
      explanations jsonb not null default '{}'::jsonb,
      search_text text not null default '',
      check ((kind = 'report') = (period_key is not null))
    )`);
    this.addSql(`create unique index submission_report_uq on submission (form_code, unit_id, period_key) where kind = 'report'`);
    this.addSql(`create index submission_unit_idx on submission (unit_id, form_code, period_key)`);
    this.addSql(`create index submission_queue_idx on submission (form_code, status, period_key, updated_at desc)`);
    this.addSql(`create index submission_search_idx on submission using gin (vn_fold(search_text) gin_trgm_ops)`);

    this.addSql(`create table submission_event (
      id bigserial primary key,
      submission_id uuid not null references submission(id),
      seq int not null,
      at timestamptz not null,
      actor_id uuid null references account(id),
      actor_name text null,
      type text not null,
      from_state text null,
      to_state text not null,
      comment text null,
      diff jsonb not null default '[]'::jsonb,
      data_version int not null,
      data_snapshot jsonb null,
      effects jsonb not null default '[]'::jsonb,
      unique (submission_id, seq)
    )`);
    this.addSql(`create trigger submission_event_append_only before update or delete or truncate on submission_event
      for each statement execute function forbid_change()`);

    // Derived rows: rewritten with the data in the same transaction (delete + insert is allowed).
    this.addSql(`create table fact (
      id bigserial primary key,
      submission_id uuid not null references submission(id),
      form_code text not null,
      form_version int not null,
      unit_id uuid not null references org_unit(id),
      period_key text null,
      field text not null,
      category text null,
      value numeric not null,
      status text not null,
      approved boolean not null default false
    )`);
    this.addSql(`create index fact_agg_idx on fact (form_code, period_key, field) include (unit_id, category, value, approved)`);
    this.addSql(`create index fact_submission_idx on fact (submission_id)`);

    this.addSql(`create table attachment (
      id uuid primary key default gen_random_uuid(),
      submission_id uuid not null references submission(id),
      field text not null,
      file_name text not null,
      mime text not null,
      size bigint not null check (size >= 0),
      sha256 text not null,
      storage_key text not null,
      uploaded_by uuid null references account(id),
      at timestamptz not null
    )`);
    this.addSql(`create index attachment_submission_idx on attachment (submission_id, field)`);

    this.addSql(`create table notification (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references account(id),
      kind text not null,
      title jsonb not null,
      body jsonb null,
      link text null,
      submission_id uuid null references submission(id),
      dedupe_key text not null,
      read_at timestamptz null,
      created_at timestamptz not null
    )`);
    this.addSql(`create unique index notification_dedupe_uq on notification (account_id, dedupe_key)`);
    this.addSql(`create index notification_account_idx on notification (account_id, created_at desc)`);

    this.addSql(`create table email_outbox (
      id bigserial primary key,
      to_address text not null,
      subject text not null,
      body text not null,
      dedupe_key text not null unique,
      created_at timestamptz not null,
      sent_at timestamptz null,
      error text null
    )`);

    this.addSql(`create table idempotency_key (
      account_id uuid not null references account(id),
      key text not null,
      target text not null,
      status int null,
      response jsonb null,
      created_at timestamptz not null,
      primary key (account_id, key)
    )`);
  }
}
