// `fact` holds derived rows: written and deleted only by the submission write path, in the
// same statement as the submission row they come from (whose own foreign keys check the unit),
// and submissions are never deleted. Its two foreign keys cost a lookup per fact row (200 per
// save of a 200-field form, ~40% of the facts' insert cost: bench/submit.ts), guarding nothing
// the write path does not already guarantee. ADR 0003.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001200_fact_derived extends Migration {
  override up(): void {
    this.addSql(`alter table fact drop constraint if exists fact_submission_id_fkey, drop constraint if exists fact_unit_id_fkey`);
  }
}
