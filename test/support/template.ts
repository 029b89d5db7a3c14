import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPostgres, PGLITE_EXTENSIONS, wrapPglite } from '../../src/db/connect.ts';
import { listMigrations, migrate } from '../../src/db/migrate.ts';

/** Changes whenever a migration changes, so stale templates are never reused. */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const migration of listMigrations())
    hash.update(migration.tag).update(migration.statements.join('\n'));
  return hash.digest('hex').slice(0, 12);
}

/** A migrated PGlite data directory as a tarball: loading it costs far less than initdb. */
export async function buildPgliteTemplate(): Promise<string> {
  const path = join(tmpdir(), `rapport-test-template-${migrationsFingerprint()}.tar`);
  if (existsSync(path)) return path;
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  await migrate(wrapPglite(client).db);
  const dump = await client.dumpDataDir('none');
  await client.close();
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return path;
}

export function loadPgliteTemplate(path: string): Blob {
  return new Blob([readFileSync(path)]);
}

export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A migrated template database on the PostgreSQL server; test databases are copied from it. */
export async function buildPostgresTemplate(baseUrl: string): Promise<string> {
  const name = `rapport_tpl_${migrationsFingerprint()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return name;
    const building = `${name}_${process.pid}`;
    await admin.query(`create database "${building}"`);
    const database = openPostgres(databaseUrl(baseUrl, building), 1);
    await migrate(database.db);
    await database.close();
    try {
      await admin.query(`alter database "${building}" rename to "${name}"`);
    } catch {
      await admin.query(`drop database if exists "${building}"`); // another run won the race
    }
    return name;
  } finally {
    await admin.end();
  }
}
