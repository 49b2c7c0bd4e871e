// Each submission's history becomes its own hash chain (SEC-1): the insert trigger links every
// row to the previous row of the same submission, so an edited, removed or reordered history
// row is detectable (`audit verify`). One chain per submission, not one global chain: writers
// already hold the submission's row lock, so no cross-submission lock is taken (ADR 0003).
import { Migration } from '@mikro-orm/migrations';

const CHAIN_SQL = `
create or replace function submission_event_content(e submission_event) returns text language sql immutable as $$
  select concat_ws('|', e.submission_id::text, e.seq::text, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), e.type, coalesce(e.from_state, ''), e.to_state,
    coalesce(e.comment, ''), e.diff::text, e.data_version::text, coalesce(e.data_snapshot::text, ''), e.effects::text)
$$;
create or replace function submission_event_chain() returns trigger language plpgsql as $$
declare last_hash text;
begin
  select hash into last_hash from submission_event where submission_id = new.submission_id order by seq desc limit 1;
  new.prev_hash := coalesce(last_hash, repeat('0', 64));
  new.hash := encode(digest(new.prev_hash || '|' || submission_event_content(new), 'sha256'), 'hex');
  return new;
end $$;
`;

export class Migration20261122001100_history_chain extends Migration {
  override up(): void {
    this.addSql(`alter table submission_event add column prev_hash text, add column hash text`);
    this.addSql(CHAIN_SQL);
    // Rows written before this migration are chained once, in seq order per submission.
    this.addSql(`alter table submission_event disable trigger submission_event_append_only`);
    this.addSql(`do $$
      declare r submission_event%rowtype; last_sub uuid; last_hash text;
      begin
        for r in select * from submission_event order by submission_id, seq loop
          if last_sub is distinct from r.submission_id then last_hash := repeat('0', 64); last_sub := r.submission_id; end if;
          r.prev_hash := last_hash;
          last_hash := encode(digest(last_hash || '|' || submission_event_content(r), 'sha256'), 'hex');
          update submission_event set prev_hash = r.prev_hash, hash = last_hash where id = r.id;
        end loop;
      end $$`);
    this.addSql(`alter table submission_event enable trigger submission_event_append_only`);
    this.addSql(`alter table submission_event alter column prev_hash set not null, alter column hash set not null`);
    this.addSql(`create trigger submission_event_chain before insert on submission_event for each row execute function submission_event_chain()`);
  }
}
