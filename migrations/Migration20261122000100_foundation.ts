// Foundation schema: the unit tree over time (ORG-1, ORG-4), accounts and roles (ACC-1..10),
// the hash-chained append-only audit log (SEC-1), API tokens (INT-1) and definitions.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000100_foundation extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists unaccent`);
    this.addSql(`create extension if not exists pg_trgm`);
    this.addSql(`create extension if not exists pgcrypto`);
    // IMMUTABLE wrapper so accent-insensitive search can be indexed (unaccent itself is STABLE).
    this.addSql(`create or replace function vn_fold(t text) returns text
      language sql immutable parallel safe strict as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$`);

    this.addSql(`create table org_unit (
      id uuid primary key default gen_random_uuid(),
      code text not null,
      name text not null,
      level text not null,
      unit_type text not null default 'territorial' check (unit_type in ('territorial', 'agency')),
      domains text[] not null default '{}',
      electronic_id text null,
      valid_from date not null,
      valid_to date null,
      created_at timestamptz not null default now(),
      check (valid_to is null or valid_to >= valid_from)
    )`);
    this.addSql(`create unique index org_unit_code_from_uq on org_unit (code, level, valid_from)`);
    this.addSql(`create index org_unit_level_idx on org_unit (level, valid_from)`);
    this.addSql(`create index org_unit_name_fold_idx on org_unit using gin (vn_fold(name) gin_trgm_ops)`);

    // Effective-dated parent relation: a unit may change parent over time.
    this.addSql(`create table org_unit_parent (
      unit_id uuid not null references org_unit(id),
      parent_id uuid not null references org_unit(id),
      valid_from date not null,
      valid_to date null,
      primary key (unit_id, valid_from)
    )`);
    this.addSql(`create index org_unit_parent_parent_idx on org_unit_parent (parent_id, valid_from)`);

    // Closure per validity interval: "descendants of X on D" is one indexed range lookup.
    this.addSql(`create table org_unit_closure (
      ancestor_id uuid not null references org_unit(id),
      descendant_id uuid not null references org_unit(id),
      depth int not null,
      valid_from date not null,
      valid_to date null
    )`);
    this.addSql(`create index org_unit_closure_anc_idx on org_unit_closure (ancestor_id, valid_from, valid_to) include (descendant_id, depth)`);
    this.addSql(`create index org_unit_closure_desc_idx on org_unit_closure (descendant_id, valid_from, valid_to) include (ancestor_id, depth)`);

    this.addSql(CLOSURE_SQL);

    this.addSql(`create table org_unit_succession (
      predecessor_id uuid not null references org_unit(id),
      successor_id uuid not null references org_unit(id),
      effective_date date not null,
      mapping text not null default 'full' check (mapping in ('full', 'partial')),
      note text null,
      primary key (predecessor_id, successor_id)
    )`);
    this.addSql(`create index org_unit_succession_succ_idx on org_unit_succession (successor_id)`);

    this.addSql(`create table account (
      id uuid primary key default gen_random_uuid(),
      username text not null,
      kind text not null check (kind in ('person', 'unit')),
      full_name text not null,
      email text null,
      phone text null,
      title text null,
      unit_id uuid not null references org_unit(id),
      status text not null default 'active' check (status in ('active', 'locked', 'closed')),
      password_hash text not null,
      must_change_password boolean not null default true,
      password_change_due_at timestamptz null,
      password_changed_at timestamptz null,
      locked_until timestamptz null,
      has_acted boolean not null default false,
      last_login_at timestamptz null,
      session_epoch int not null default 0,
      created_at timestamptz not null default now(),
      closed_at timestamptz null,
      version int not null default 1
    )`);
    this.addSql(`create unique index account_username_uq on account (lower(username))`);
    this.addSql(`create index account_unit_idx on account (unit_id)`);
    this.addSql(`create index account_search_idx on account using gin (vn_fold(full_name || ' ' || username) gin_trgm_ops)`);

    this.addSql(`create table password_history (
      id bigserial primary key,
      account_id uuid not null references account(id),
      password_hash text not null,
      created_at timestamptz not null
    )`);
    this.addSql(`create index password_history_account_idx on password_history (account_id, created_at desc)`);

    this.addSql(`create table role_assignment (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references account(id),
      role text not null check (role in ('system_admin', 'unit_admin', 'data_entry', 'approver', 'viewer')),
      unit_id uuid not null references org_unit(id),
      domain text null,
      granted_by uuid null references account(id),
      granted_at timestamptz not null,
      revoked_by uuid null references account(id),
      revoked_at timestamptz null
    )`);
    this.addSql(`create index role_assignment_account_idx on role_assignment (account_id) where revoked_at is null`);

    // ACC-6: the officer who holds a unit's account; a change is a new row (handover), never an edit.
    this.addSql(`create table unit_officer (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references org_unit(id),
      full_name text not null,
      title text null,
      department text null,
      phone text null,
      email text null,
      from_at timestamptz not null,
      to_at timestamptz null,
      handover_note text null,
      recorded_by uuid null references account(id)
    )`);
    this.addSql(`create index unit_officer_unit_idx on unit_officer (unit_id, from_at desc)`);

    this.addSql(`create table api_token (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references account(id),
      name text not null,
      token_hash text not null unique,
      created_at timestamptz not null,
      expires_at timestamptz null,
      last_used_at timestamptz null,
      revoked_at timestamptz null
    )`);

    this.addSql(`create table definition (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      code text not null,
      version int not null,
      domain text null,
      body jsonb not null,
      hash text not null,
      status text not null default 'published' check (status in ('draft', 'published', 'retired')),
      created_by uuid null references account(id),
      created_at timestamptz not null default now(),
      unique (kind, code, version)
    )`);

    this.addSql(`create table audit_log (
      seq bigserial primary key,
      at timestamptz not null,
      actor_id uuid null,
      actor_name text null,
      action text not null,
      target_type text null,
      target_id text null,
      details jsonb not null default '{}'::jsonb,
      ip text null,
      prev_hash text not null,
      hash text not null
    )`);
    this.addSql(`create index audit_log_target_idx on audit_log (target_id, action, at)`);
    this.addSql(`create index audit_log_at_idx on audit_log (at)`);
    this.addSql(AUDIT_CHAIN_SQL);
    this.addSql(APPEND_ONLY_SQL);
    this.addSql(`create trigger audit_log_append_only before update or delete or truncate on audit_log
      for each statement execute function forbid_change()`);
  }
}

// The chain is computed inside the database, under a transaction-scoped lock, so every
// writer (app replicas, CLI, jobs) extends one chain and no two inserts fork it.
const AUDIT_CHAIN_SQL = `
create or replace function audit_log_content(r audit_log) returns text language sql immutable as $$
  select concat_ws('|', r.seq::text, to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(r.actor_id::text, ''), coalesce(r.actor_name, ''), r.action, coalesce(r.target_type, ''),
    coalesce(r.target_id, ''), r.details::text, coalesce(r.ip, ''))
$$;
create or replace function audit_log_chain() returns trigger language plpgsql as $$
declare last_hash text;
begin
  perform pg_advisory_xact_lock(7340021);
  -- seq is taken under the lock, so seq order is chain order even with concurrent writers.
  new.seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
  select hash into last_hash from audit_log order by seq desc limit 1;
  new.prev_hash := coalesce(last_hash, repeat('0', 64));
  new.hash := encode(digest(new.prev_hash || '|' || audit_log_content(new), 'sha256'), 'hex');
  return new;
end $$;
create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();
`;

const APPEND_ONLY_SQL = `
create or replace function forbid_change() returns trigger language plpgsql as $$
begin
  raise exception 'append-only table %: % is forbidden', tg_table_name, tg_op using errcode = '42501';
end $$;
`;

// Derived data, rebuilt after each import or reorganisation: every (ancestor, descendant)
// pair with the interval during which the whole path between them was valid.
const CLOSURE_SQL = `
create or replace function rebuild_org_unit_closure() returns void language sql as $$
  delete from org_unit_closure;
  insert into org_unit_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
  with recursive walk(ancestor_id, descendant_id, depth, valid_from, valid_to) as (
    select id, id, 0, valid_from, valid_to from org_unit
    union all
    select p.parent_id, w.descendant_id, w.depth + 1, greatest(w.valid_from, p.valid_from),
           case when w.valid_to is null then p.valid_to
                when p.valid_to is null then w.valid_to
                else least(w.valid_to, p.valid_to) end
      from walk w
      join org_unit_parent p on p.unit_id = w.ancestor_id
       and p.valid_from <= coalesce(w.valid_to, 'infinity'::date)
       and coalesce(p.valid_to, 'infinity'::date) >= w.valid_from
  )
  select ancestor_id, descendant_id, depth, valid_from, valid_to from walk
   where valid_to is null or valid_to >= valid_from;
$$;
`;
