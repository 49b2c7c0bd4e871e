// Hardened edges: the shared rate-limit counters (a fixed window per key in PostgreSQL, so
// every replica counts the same sign-in attempts and token calls). Counters are transient:
// rows of past windows are swept by the limiter itself.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000800_hardening extends Migration {
  override up(): void {
    this.addSql(`create unlogged table rate_limit (
      key text primary key,
      window_start timestamptz not null,
      count int not null
    )`);
    this.addSql(`create index rate_limit_window_idx on rate_limit (window_start)`);
  }

  override down(): void {
    this.addSql(`drop table if exists rate_limit`);
  }
}
