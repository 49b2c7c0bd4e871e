// The static list of migrations, kept outside migrations/ (the migrator would take this
// file for a migration) so the Next bundle and the CLI run exactly the same set in order.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000100_foundation } from '../../migrations/Migration20261122000100_foundation';
import { Migration20261122000400_submissions } from '../../migrations/Migration20261122000400_submissions';
import { Migration20261122000500_backups } from '../../migrations/Migration20261122000500_backups';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122000100_foundation', class: Migration20261122000100_foundation },
  { name: 'Migration20261122000400_submissions', class: Migration20261122000400_submissions },
  { name: 'Migration20261122000500_backups', class: Migration20261122000500_backups },
];
