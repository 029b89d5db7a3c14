import { type Config, describeDatabase, readConfig } from '../config.ts';
import { AppError } from '../core/errors/app-error.ts';
import { type Database, type Db, openDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { type CliIO, processIO } from './cli-io.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openMigratedDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrate(database.db);
    log(`Database: ${describeDatabase(config)}${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Runs a command's work on the configured database and closes it, whatever happens. */
export async function withDatabase<T>(run: (db: Db, io: CliIO) => Promise<T>): Promise<T> {
  const database = await openMigratedDatabase(readConfig());
  try {
    return await run(database.db, processIO());
  } finally {
    await database.close();
  }
}

async function openConfiguredDatabase(config: Config): Promise<Database> {
  try {
    return await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof AppError && error.code === 'locked') throw dataDirInUse(config.dataDir, error);
    throw error;
  }
}

/**
 * PGlite serves one process per data directory: a command opened beside the running
 * server would lose writes, so it is refused before it touches anything. The lock's
 * own message names the process holding it; this one says what to do instead.
 */
export function dataDirInUse(dataDir: string, lockError: AppError): AppError {
  const holder = /in use by (?:process (\d+)|(this process))/.exec(lockError.message);
  const pid = holder?.[1] ?? (holder?.[2] ? String(process.pid) : undefined);
  return new AppError(
    'locked',
    `The server is running${pid ? ` (pid ${pid})` : ''} on the data directory ${dataDir}; ` +
      'stop it first or use the API. Nothing was changed.',
    [
      {
        path: '',
        message:
          'Imports, exports, users, API tokens and billing runs are all in the REST API: see /api/docs on the running server.',
      },
      {
        path: '',
        message: 'With DATABASE_URL (a PostgreSQL server) the CLI and the server can run side by side.',
      },
    ],
  );
}
