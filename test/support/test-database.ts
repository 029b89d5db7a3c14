import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPostgres, PGLITE_EXTENSIONS, wrapPglite } from '../../src/db/connect.ts';
import { databaseUrl, loadPgliteTemplate } from './template.ts';

/** Which engine this test project runs on: the same suite runs on both. */
export const engine: 'pglite' | 'postgres' =
  process.env.RAPPORT_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database another process can open too: a PGlite data directory on
 * disk or a PostgreSQL database. `target` is what `openDatabase` takes (a dir or a URL).
 * The caller must close its own connection before another process opens a PGlite dir.
 */
export async function createSharedTestDatabase(): Promise<{ target: string; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapport-shared-'));
    const client = await PGlite.create({
      dataDir,
      loadDataDir: loadPgliteTemplate(inject('pgliteTemplate')),
      extensions: PGLITE_EXTENSIONS,
    });
    await client.close();
    return { target: dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const baseUrl = process.env.RAPPORT_TEST_DATABASE_URL as string;
  const name = `rapport_s_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `create database "${name}" template "${inject('postgresTemplate')}"`);
  return {
    target: databaseUrl(baseUrl, name),
    drop: () => adminQuery(baseUrl, `drop database if exists "${name}" with (force)`),
  };
}

/** A fresh, migrated, empty database for one test file. Close it in afterAll. */
export async function createTestDatabase(): Promise<Database> {
  if (engine === 'pglite') {
    const client = await PGlite.create({
      loadDataDir: loadPgliteTemplate(inject('pgliteTemplate')),
      extensions: PGLITE_EXTENSIONS,
    });
    return wrapPglite(client);
  }
  const baseUrl = process.env.RAPPORT_TEST_DATABASE_URL as string;
  const name = `rapport_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `create database "${name}" template "${inject('postgresTemplate')}"`);
  const database = openPostgres(databaseUrl(baseUrl, name), 5);
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(baseUrl, `drop database if exists "${name}"`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  // Copies from one template can collide ("being accessed by other users"); a retry clears it.
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
    } finally {
      await client.end();
    }
  }
}
