// Raw SQL with real bind parameters inside the caller's transaction, for bulk writes: the
// ORM's execute() inlines parameters into the SQL text, which is slow for megabyte-sized
// JSON batches (STACK.md), while the query builder's knex binds them.
import type { EntityManager } from '@mikro-orm/postgresql';

export type RawRunner = <T = Record<string, unknown>>(sql: string, bindings?: unknown[]) => Promise<T[]>;

export function rawRunner(em: EntityManager): RawRunner {
  const knex = em.getKnex();
  const trx = em.getTransactionContext();
  return async <T>(sql: string, bindings: unknown[] = []) => {
    const query = knex.raw(sql, bindings as never[]);
    if (trx) query.transacting(trx as never);
    const res = (await query) as { rows: T[] };
    return res.rows;
  };
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
