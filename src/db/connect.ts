import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A database or a transaction on it: commands accept either and never care which. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… to use a PostgreSQL server; otherwise an embedded PGlite in `dataDir`. */
  url?: string | undefined;
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

export const PGLITE_EXTENSIONS = { pg_trgm };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url) return openPostgres(config.url, config.maxConnections ?? 10);
  const dataDir = config.dataDir ?? './data';
  const lock = lockDataDir(dataDir);
  try {
    const client = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
    return wrapPglite(client, async () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

export function wrapPglite(client: PGlite, onClose: () => Promise<void> = async () => {}): Database {
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    async close() {
      await client.close();
      await onClose();
    },
  };
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its connection emits here; without a handler the process dies.
  pool.on('error', (error) => console.error('postgres pool error:', error.message));
  return {
    db: drizzleNodePg(pool, { schema }) as unknown as Db,
    kind: 'postgres',
    close: () => pool.end(),
  };
}
