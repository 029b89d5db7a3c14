import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openPostgres, PGLITE_EXTENSIONS, wrapPglite } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { EngineName } from './options.ts';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated, empty database that disappears on close. */
export interface BenchDatabase {
  database: Database;
  /** The driver itself, past drizzle: the "limit" measurements use it. */
  rawQuery(text: string, params?: unknown[]): Promise<unknown[]>;
  /**
   * Lets another process use the database while `use` runs: it gets what `openDatabase`
   * takes (a PostgreSQL URL, or the PGlite data directory, which this process lets go of
   * meanwhile — PGlite has one writer per directory). `database` is fresh afterwards.
   */
  lend<T>(use: (target: string) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** `select version()` of the engine, for the machine line of the report. */
  version: string;
  fresh(): Promise<BenchDatabase>;
}

/** The engine, or why it cannot run here (PostgreSQL not reachable). */
export async function openEngine(name: EngineName): Promise<Engine | { skipped: string }> {
  if (name === 'pglite') {
    const probe = await freshPglite();
    const version = await serverVersion(probe);
    await probe.close();
    return { name, version, fresh: freshPglite };
  }
  const baseUrl = process.env.BENCH_DATABASE_URL || DEFAULT_POSTGRES_URL;
  let version: string;
  try {
    const rows = await adminQuery(baseUrl, 'select version() as version');
    version = String((rows[0] as { version: string }).version);
  } catch (error) {
    return { skipped: `PostgreSQL at ${redact(baseUrl)} is not reachable (${(error as Error).message})` };
  }
  return { name, version: shortVersion(version), fresh: () => freshPostgres(baseUrl) };
}

async function freshPglite(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  let client = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
  const bench: BenchDatabase = {
    database: wrapPglite(client, removeDir),
    rawQuery: async (text, params) => (await client.query(text, params)).rows,
    async lend(use) {
      await client.close();
      try {
        return await use(dataDir);
      } finally {
        client = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
        bench.database = wrapPglite(client, removeDir);
      }
    },
    close: () => bench.database.close(),
  };
  await migrate(bench.database.db);
  return bench;
}

async function freshPostgres(baseUrl: string): Promise<BenchDatabase> {
  const name = `rapport_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 10);
  const raw = new pg.Pool({ connectionString: url.toString(), max: 2 });
  try {
    await migrate(database.db);
  } catch (error) {
    await Promise.all([database.close(), raw.end()]);
    await dropDatabase(baseUrl, name);
    throw error;
  }
  return {
    database,
    rawQuery: async (text, params) => (await raw.query(text, params)).rows,
    lend: (use) => use(url.toString()),
    async close() {
      await Promise.all([database.close(), raw.end()]);
      await dropDatabase(baseUrl, name);
    },
  };
}

/**
 * A closed pool has said goodbye, but its server processes may not have gone yet; forcing
 * the drop then would kill them mid-goodbye, and the pool would report it as an error.
 */
async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const rows = await adminQuery(baseUrl, `select 1 from pg_stat_activity where datname = '${name}'`);
    if (rows.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await adminQuery(baseUrl, `drop database if exists "${name}" with (force)`);
}

async function serverVersion(bench: BenchDatabase): Promise<string> {
  const rows = await bench.rawQuery('select version() as version');
  return shortVersion(String((rows[0] as { version: string }).version));
}

// "PostgreSQL 15.20 (Debian …) on x86_64-pc-linux-gnu, compiled by …" → "PostgreSQL 15.20 (Debian …)"
function shortVersion(version: string): string {
  return version.split(' on ')[0] ?? version;
}

async function adminQuery(url: string, text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Runs `work` on a fresh database, closed (on PostgreSQL, dropped) afterwards whatever happens. */
export async function withFreshDatabase<T>(
  engine: Engine,
  work: (bench: BenchDatabase) => Promise<T>,
): Promise<T> {
  const bench = await engine.fresh();
  try {
    return await work(bench);
  } finally {
    await bench.close();
  }
}
