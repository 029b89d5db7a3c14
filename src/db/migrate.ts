import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from './connect.ts';
import { queryRows } from './query-rows.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any fixed number: every migrating process takes the same advisory lock.
const MIGRATION_LOCK_KEY = 7_261_446;

interface JournalEntry {
  idx: number;
  tag: string;
}

/** The migrations drizzle-kit generated from the schema, in order. */
export function listMigrations(): { version: number; tag: string; statements: string[] }[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map((entry) => ({
    version: entry.idx,
    tag: entry.tag,
    statements: readFileSync(join(MIGRATIONS_DIR, `${entry.tag}.sql`), 'utf8')
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter(Boolean),
  }));
}

/**
 * Applies every migration not yet applied, forward only, in one transaction under an
 * advisory lock, so two processes starting at once cannot both apply the same step.
 * Returns the tags applied.
 */
export async function migrate(db: Db): Promise<string[]> {
  const migrations = listMigrations();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(sql`create table if not exists rapport_migrations (
      version integer primary key,
      tag text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await queryRows<{ version: number }>(tx, sql`select version from rapport_migrations`);
    const applied = new Set(rows.map((row) => Number(row.version)));
    const latestKnown = migrations.at(-1)?.version ?? -1;
    const newest = Math.max(-1, ...applied);
    if (newest > latestKnown) {
      throw new Error(
        `The database is at migration ${newest}, newer than this version of Rapport knows (${latestKnown}). Upgrade Rapport.`,
      );
    }
    const done: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into rapport_migrations (version, tag) values (${migration.version}, ${migration.tag})`,
      );
      done.push(migration.tag);
    }
    return done;
  });
}
