// The schema guarantees that the rest of the product relies on (SEC-1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.close());

describe('foundation schema', () => {
  it('stores Vietnamese text as UTF-8 and folds accents for search', async () => {
    const [row] = await db.sql<{ enc: string; folded: string }>(
      `select current_setting('server_encoding') enc, vn_fold('Cao Bằng Đắk Lắk') folded`,
    );
    expect(row).toEqual({ enc: 'UTF8', folded: 'cao bang dak lak' });
  });

  it('SEC-1: audit rows are chained and cannot be updated or deleted', async () => {
    await db.sql(`insert into audit_log (at, action, details) values (now(), 'test.a', '{}'), (now(), 'test.b', '{"x":1}')`);
    const rows = await db.sql<{ prev_hash: string; hash: string }>(`select prev_hash, hash from audit_log order by seq`);
    expect(rows).toHaveLength(2);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    await expect(db.sql(`update audit_log set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.sql(`delete from audit_log`)).rejects.toThrow(/append-only/);
  });
});
