// The process-wide ORM: created lazily once (one global promise survives Next's module
// reloads), forked per request or job so no identity map is shared between users.
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './config';
import { databaseUrl } from './database-url';

type Holder = { ormPromise?: Promise<MikroORM> };
const holder = globalThis as unknown as Holder;

export function getOrm(): Promise<MikroORM> {
  holder.ormPromise ??= MikroORM.init(ormConfig(databaseUrl()));
  return holder.ormPromise;
}

/** For tests and the CLI: use an ORM created elsewhere as the process-wide one. */
export function setOrm(orm: MikroORM): void {
  holder.ormPromise = Promise.resolve(orm);
}

export async function closeOrm(): Promise<void> {
  const promise = holder.ormPromise;
  holder.ormPromise = undefined;
  if (promise) await (await promise).close(true);
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const executed = await orm.getMigrator().up();
  return executed.map((m) => m.name);
}
