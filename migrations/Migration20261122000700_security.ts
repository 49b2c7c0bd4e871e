// Two-factor sign-in and signatures (SEC-4, WF-3, RPT-5): one TOTP enrolment per account
// (secret sealed under the master key), its single-use recovery codes (argon2 hashes), the
// per-unit signing keys with their X.509 certificates, and the append-only signature register.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000700_security extends Migration {
  override up(): void {
    this.addSql(`create table two_factor (
      account_id uuid primary key references account(id),
      secret_sealed text not null,
      confirmed_at timestamptz null,
      last_used_step bigint null,
      created_at timestamptz not null
    )`);
    this.addSql(`create table two_factor_recovery (
      id bigserial primary key,
      account_id uuid not null references account(id),
      code_hash text not null,
      used_at timestamptz null
    )`);
    this.addSql(`create index two_factor_recovery_account_idx on two_factor_recovery (account_id) where used_at is null`);

    this.addSql(`create table signing_key (
      id uuid primary key,
      unit_id uuid not null references org_unit(id),
      algorithm text not null,
      private_key_sealed text not null,
      certificate_pem text not null,
      certificate_sha256 text not null unique,
      not_before timestamptz not null,
      not_after timestamptz not null,
      status text not null default 'active' check (status in ('active', 'retired')),
      created_at timestamptz not null,
      created_by text null
    )`);
    this.addSql(`create unique index signing_key_one_active_idx on signing_key (unit_id) where status = 'active'`);

    this.addSql(`create table signature (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('approval', 'detached')),
      submission_id uuid null references submission(id),
      event_seq int null,
      key_id uuid not null references signing_key(id),
      algorithm text not null,
      signature text not null,
      certificate_pem text not null,
      payload_sha256 text not null,
      meta jsonb not null default '{}'::jsonb,
      signed_at timestamptz not null,
      signed_by uuid null references account(id)
    )`);
    this.addSql(`create index signature_submission_idx on signature (submission_id, event_seq)`);
    // A signature is evidence: written once, never edited (the same guard as the audit log).
    this.addSql(`create trigger signature_append_only before update or delete or truncate on signature
      for each statement execute function forbid_change()`);
  }
}
