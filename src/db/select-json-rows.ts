import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * The `select` for `db.insert(table).select(…)` of many rows at once: the rows travel as
 * one JSON parameter and the database unpacks them into the table's own row type. A
 * 1,000-row `values(…)` is 16,000 parameters that the query builder takes longer to
 * assemble than the database takes to store them. A field a row leaves out gets its
 * default as in a plain insert; a default computed by the database (`now()`, `'{}'`)
 * applies only when no row carries that field.
 */
export function selectJsonRows<T extends PgTable>(table: T, rows: Partial<T['$inferInsert']>[]): SQL {
  const supplied = new Set(
    rows.flatMap((row) => Object.entries(row).flatMap(([key, value]) => (value === undefined ? [] : [key]))),
  );
  const selected: SQL[] = [];
  const fromJson: { key: string; name: string; fallback: () => unknown }[] = [];
  // Generated columns are left to the database, as drizzle's insert leaves them.
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (column.generated && column.generated.type !== 'byDefault') continue;
    if (!supplied.has(key) && is(column.default, SQL)) {
      selected.push(column.default);
      continue;
    }
    const fallback = () => {
      const value = column.defaultFn?.() ?? column.default ?? null;
      if (is(value, SQL)) throw new Error(`${column.name}: some rows leave out a database default`);
      return value;
    };
    fromJson.push({ key, name: column.name, fallback });
    selected.push(sql`${sql.identifier(column.name)}`);
  }
  const json = rows.map((row: Record<string, unknown>) => {
    const values: Record<string, unknown> = {};
    for (const { key, name, fallback } of fromJson)
      values[name] = row[key] !== undefined ? row[key] : fallback();
    return values;
  });
  return sql`select ${sql.join(selected, sql`, `)} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`;
}
