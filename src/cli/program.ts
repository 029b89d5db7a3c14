import { Command } from 'commander';
import { billingCommand } from './commands/billing.ts';
import { demoCommand } from './commands/demo.ts';
import { disruptionsCommand } from './commands/disruptions.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import-clients.ts';
import { ledgerCommand } from './commands/ledger.ts';
import { migrateCommand } from './commands/migrate.ts';
import { outboxCommand } from './commands/outbox.ts';
import { savesCommand } from './commands/saves.ts';
import { serveCommand } from './commands/serve.ts';
import { tokenCommand } from './commands/token-create.ts';
import { userCommand } from './commands/user-create.ts';

/** The whole command line; main.ts runs it, tests read its help. */
export function buildProgram(): Command {
  const program = new Command('rapport')
    .description('Rapport: relationship-first client retention for service businesses')
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Settings come from the environment: DATA_DIR (default ./data) for the embedded database,
or DATABASE_URL for a PostgreSQL server; PORT and HOST for the server.

Examples:
  $ npx rapport serve
  $ DATA_DIR=./demo-data npx rapport demo
  $ npx rapport import clients customers.csv
  $ npx rapport export interactions --out interactions.csv
  $ npx rapport user create --email sam@example.com --name "Sam Rivera" --role staff
  $ npx rapport token create --user olive@example.com --name "Nightly backup"
  $ npx rapport billing run --through 2026-12-31
  $ npx rapport ledger check
  $ npx rapport saves list --status open`,
    );
  serveCommand(program);
  migrateCommand(program);
  demoCommand(program);
  importCommand(program);
  exportCommand(program);
  userCommand(program);
  tokenCommand(program);
  billingCommand(program);
  ledgerCommand(program);
  savesCommand(program);
  disruptionsCommand(program);
  outboxCommand(program);
  return program;
}
