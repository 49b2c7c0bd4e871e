// Extended statistics on fact's filter columns: form_code, period_key and field are strongly
// correlated, and without these the planner underestimates the facts a report reads and picks a
// serial plan (bench/aggregate.ts: ≈490 → ≈400 ms for the country-wide report).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000900_fact_statistics extends Migration {
  override up(): void {
    this.addSql(`create statistics if not exists fact_form_period_field_stats (dependencies, ndistinct) on form_code, period_key, field from fact`);
  }
}
