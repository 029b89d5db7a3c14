import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openMigratedDatabase } from '../open-database.ts';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (the server also does this at start)')
    .addHelpText(
      'after',
      `
Examples:
  $ npx rapport migrate
  $ DATABASE_URL=postgres://rapport@db.internal/rapport npx rapport migrate`,
    )
    .action(async () => {
      const database = await openMigratedDatabase(readConfig(), console.log);
      await database.close();
      console.log('Schema is up to date.');
    });
}
