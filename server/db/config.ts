// One ORM configuration for the app, the CLI and the tests; only the URL differs.
import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ALL_ENTITIES } from '../entities';
import { MIGRATIONS } from './migrations-list';

export function ormConfig(clientUrl: string, opts: { poolMax?: number } = {}) {
  return defineConfig({
    clientUrl,
    entities: ALL_ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, silent: true, snapshot: false },
    // vitest on Node 20 needs the native dynamic import for .ts migrations (STACK.md).
    dynamicImportProvider: (id: string) => import(id),
    discovery: { warnWhenNoEntities: false },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: opts.poolMax ?? 10 },
    debug: false,
  });
}
