// The facts of each period report, one row per submission (DESIGN §4, docs/reports.md "Bench"):
// a live report then joins each commune to its report row once, not once per field, and reads
// ~1.8 kB per commune instead of 100 fact rows. `fact` stays the table every writer and
// reader uses; statement triggers keep `fact_vector` in step inside the writing transaction,
// so a value approved a second ago is in the next report. Register records (no period: one
// or a few facts each) gain nothing from vectors and are not copied.
import { Migration } from '@mikro-orm/migrations';

// Elements are ordered by field then category (code-point order, as a JS sort), so a vector
// whose fields are exactly the ones a report asks for skips the per-element field test.
const VECTORS = (where: string) => `insert into fact_vector (submission_id, form_code, form_version, unit_id, period_key, status, approved, fields, categories, vals)
    select f.submission_id, f.form_code, f.form_version, f.unit_id, f.period_key, f.status, f.approved,
           array_agg(f.field order by f.field collate "C", f.category collate "C"), array_agg(f.category order by f.field collate "C", f.category collate "C"),
           array_agg(f.value order by f.field collate "C", f.category collate "C")
      from fact f
     where ${where} and f.period_key is not null
     group by f.submission_id, f.form_code, f.form_version, f.unit_id, f.period_key, f.status, f.approved`;

export class Migration20261122001000_fact_vectors extends Migration {
  override up(): void {
    // No foreign key: rows are derived from `fact` (which has it) and go with it. The tuple
    // target keeps a 100-field vector (~1.8 kB) inline and uncompressed: reading it costs no pglz.
    this.addSql(`create table fact_vector (
      submission_id uuid not null,
      form_code text not null,
      form_version int not null,
      unit_id uuid not null,
      period_key text not null,
      status text not null,
      approved boolean not null,
      fields text[] not null,
      categories text[] not null,
      vals numeric[] not null
    ) with (toast_tuple_target = 8160)`);
    // unit_id last: a report splits its units into ranges that parallel workers read apart.
    this.addSql(`create index fact_vector_agg_idx on fact_vector (form_code, period_key, unit_id)`);
    this.addSql(`create index fact_vector_submission_idx on fact_vector (submission_id)`);
    this.addSql(`create statistics if not exists fact_vector_form_period_stats (dependencies, ndistinct) on form_code, period_key from fact_vector`);

    this.addSql(`create function fact_vector_sync() returns trigger language plpgsql as $$
    declare ids uuid[];
    begin
      if tg_op = 'INSERT' then
        select array_agg(distinct submission_id) into ids from new_facts where period_key is not null;
      elsif tg_op = 'DELETE' then
        select array_agg(distinct submission_id) into ids from old_facts where period_key is not null;
      else
        select array_agg(distinct submission_id) into ids from (
          select submission_id from old_facts where period_key is not null
          union select submission_id from new_facts where period_key is not null) s;
      end if;
      if ids is null then return null; end if;
      -- Rebuilt from \`fact\` as the statement left it (a rewrite deletes, then inserts).
      delete from fact_vector where submission_id = any(ids);
      ${VECTORS('f.submission_id = any(ids)')};
      return null;
    end $$`);
    this.addSql(`create function fact_vector_truncate() returns trigger language plpgsql as $$
    begin truncate fact_vector; return null; end $$`);
    this.addSql(`create trigger fact_vector_insert after insert on fact referencing new table as new_facts
      for each statement execute function fact_vector_sync()`);
    this.addSql(`create trigger fact_vector_update after update on fact referencing old table as old_facts new table as new_facts
      for each statement execute function fact_vector_sync()`);
    this.addSql(`create trigger fact_vector_delete after delete on fact referencing old table as old_facts
      for each statement execute function fact_vector_sync()`);
    this.addSql(`create trigger fact_vector_truncate after truncate on fact for each statement execute function fact_vector_truncate()`);

    this.addSql(VECTORS('true'));
  }

  override down(): void {
    this.addSql(`drop trigger if exists fact_vector_truncate on fact`);
    this.addSql(`drop trigger if exists fact_vector_delete on fact`);
    this.addSql(`drop trigger if exists fact_vector_update on fact`);
    this.addSql(`drop trigger if exists fact_vector_insert on fact`);
    this.addSql(`drop function if exists fact_vector_truncate()`);
    this.addSql(`drop function if exists fact_vector_sync()`);
    this.addSql(`drop table if exists fact_vector`);
  }
}
