import { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { migrateCommand } from './commands/migrate.ts';
import { serveCommand } from './commands/serve.ts';

const program = new Command('rapport')
  .description('Rapport: relationship-first client retention for service businesses')
  .showHelpAfterError();

serveCommand(program);
migrateCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures (a locked data directory, a refused row) get one plain line, not a stack.
  if (error instanceof AppError) {
    console.error(`rapport: ${error.message}`);
    for (const detail of error.details) console.error(`  ${detail.path}: ${detail.message}`);
    process.exit(1);
  }
  throw error;
}
