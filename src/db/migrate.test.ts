import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engine } from '../../test/support/test-database.ts';
import type { Database } from './connect.ts';
import { listMigrations, migrate } from './migrate.ts';
import { queryRows } from './query-rows.ts';

describe(`migrations (${engine})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('records every migration once and applies nothing on a second run', async () => {
    const versions = await queryRows<{ version: number }>(
      database.db,
      sql`select version from rapport_migrations order by version`,
    );
    expect(versions.map((row) => row.version)).toEqual(
      listMigrations().map((migration) => migration.version),
    );
    expect(await migrate(database.db)).toEqual([]);
  });

  it('lets two processes migrate at once without applying a step twice', async () => {
    const results = await Promise.all([migrate(database.db), migrate(database.db)]);
    expect(results).toEqual([[], []]);
  });

  it('refuses to run against a database newer than this code', async () => {
    await database.db.execute(
      sql`insert into rapport_migrations (version, tag) values (9999, 'from_the_future')`,
    );
    await expect(migrate(database.db)).rejects.toThrow(/newer than this version of Rapport/);
    await database.db.execute(sql`delete from rapport_migrations where version = 9999`);
  });
});
