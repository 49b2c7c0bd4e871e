// The static list of migrations, kept outside migrations/ (the migrator would take this
// file for a migration) so the Next bundle and the CLI run exactly the same set in order.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000100_foundation } from '../../migrations/Migration20261122000100_foundation';
import { Migration20261122000400_submissions } from '../../migrations/Migration20261122000400_submissions';
import { Migration20261122000500_backups } from '../../migrations/Migration20261122000500_backups';
import { Migration20261122000600_imports } from '../../migrations/Migration20261122000600_imports';
import { Migration20261122000700_security } from '../../migrations/Migration20261122000700_security';
import { Migration20261122000800_hardening } from '../../migrations/Migration20261122000800_hardening';
import { Migration20261122000900_fact_statistics } from '../../migrations/Migration20261122000900_fact_statistics';
import { Migration20261122001000_fact_vectors } from '../../migrations/Migration20261122001000_fact_vectors';
import { Migration20261122001100_history_chain } from '../../migrations/Migration20261122001100_history_chain';
import { Migration20261122001200_fact_derived } from '../../migrations/Migration20261122001200_fact_derived';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122000100_foundation', class: Migration20261122000100_foundation },
  { name: 'Migration20261122000400_submissions', class: Migration20261122000400_submissions },
  { name: 'Migration20261122000500_backups', class: Migration20261122000500_backups },
  { name: 'Migration20261122000600_imports', class: Migration20261122000600_imports },
  { name: 'Migration20261122000700_security', class: Migration20261122000700_security },
  { name: 'Migration20261122000800_hardening', class: Migration20261122000800_hardening },
  { name: 'Migration20261122000900_fact_statistics', class: Migration20261122000900_fact_statistics },
  { name: 'Migration20261122001000_fact_vectors', class: Migration20261122001000_fact_vectors },
  { name: 'Migration20261122001100_history_chain', class: Migration20261122001100_history_chain },
  { name: 'Migration20261122001200_fact_derived', class: Migration20261122001200_fact_derived },
];
