import type { SQL } from 'drizzle-orm';
import type { Db } from './connect.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers (pg and PGlite) answer with `{ rows }`,
 * but drizzle types the shared base as unknown.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
