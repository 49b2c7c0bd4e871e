// Runs one statement with its parameters bound by PostgreSQL (the extended protocol), in the
// entity manager's transaction when there is one. `em.execute` formats every parameter into
// the SQL text on the client first; for the write path's statements (a 200-field JSON, its diff
// and three arrays of facts, ~20 kB each) that escaping was a visible share of each request.
// Errors are converted like the ORM's own, so a unique violation stays a
// UniqueConstraintViolationException for the caller.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';

export async function boundQuery<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const runner = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  try {
    const res = (await runner.raw(sql, params as Knex.RawBinding[])) as { rows: T[] };
    return res.rows;
  } catch (err) {
    throw em.getPlatform().getExceptionConverter().convertException(err as Error);
  }
}
