import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './connect.ts';

/** A column of a bulk insert: its name and the PostgreSQL type of its array. */
export interface BulkColumn<Row> {
  name: string;
  /** e.g. 'uuid', 'int4', 'int8', 'text', 'date', or an enum type's name. */
  type: string;
  value: (row: Row) => string | number | boolean | null;
}

/**
 * Inserts many rows as `insert … select from unnest($1::type[], $2::type[], …)`: one
 * parameter per column whatever the number of rows, so the statement stays small and the
 * server parses it once. A multi-row VALUES list needs rows × columns parameters, and
 * building, sending and planning those dominated the billing run (see BENCHMARKS.md).
 * Works the same on PostgreSQL and PGlite.
 */
export async function insertRows<Row>(
  db: Db,
  table: string,
  columns: readonly BulkColumn<Row>[],
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  const arrays: SQL[] = columns.map((column) => {
    const values = sql.param(rows.map(column.value));
    const type = sql.raw(quoteType(column.type));
    // An enum's array type may be newer than the PGlite session (created by a migration
    // after it started), and PGlite then sends the array as "a,b,c". Text arrays it always
    // knows; the server casts them.
    return BUILTIN_TYPES.has(column.type) ? sql`${values}::${type}[]` : sql`${values}::text[]::${type}[]`;
  });
  await db.execute(
    sql`insert into ${sql.identifier(table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}

const BUILTIN_TYPES = new Set(['uuid', 'int4', 'int8', 'text', 'date', 'bool', 'jsonb', 'timestamptz']);

// Types come from code, never from input; the check keeps it that way.
function quoteType(type: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(type)) throw new Error(`Not a type name: ${type}`);
  return type;
}
