import { type Config, describeDatabase } from '../config.ts';
import { type Database, openDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openMigratedDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Database> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(database.db);
    log(`Database: ${describeDatabase(config)}${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
