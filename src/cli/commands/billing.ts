import type { Command } from 'commander';
import { AppError } from '../../core/errors/app-error.ts';
import { findCurrency } from '../../core/money/currencies.ts';
import { formatMinor } from '../../core/money/format-minor.ts';
import type { Db } from '../../db/connect.ts';
import { runBilling } from '../../features/billing-runs/run-billing.ts';
import type { BillingRunView } from '../../features/billing-runs/schemas.ts';
import { calendarDate } from '../../features/shared/fields.ts';
import { cliActor } from '../cli-actor.ts';
import { type CliIO, plural, println } from '../cli-io.ts';
import { withDatabase } from '../open-database.ts';
import { progressBar } from '../progress-bar.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

export interface BillingRunOptions {
  /** 'YYYY-MM-DD'; default the workspace's today. */
  through?: string | undefined;
  workspace?: string | undefined;
  now?: Date | undefined;
}

/** Runs billing through a date with a progress bar, as `POST /api/v1/billing/runs` does. */
export async function runBillingCommand(
  db: Db,
  options: BillingRunOptions,
  io: CliIO,
): Promise<BillingRunView> {
  if (options.through !== undefined && !calendarDate.safeParse(options.through).success) {
    throw new AppError('invalid_input', `--through must be a date like 2026-12-31, not "${options.through}"`);
  }
  const workspace = await resolveWorkspace(db, options.workspace);
  const bar = progressBar(io);
  let started = false;
  try {
    const run = await runBilling(
      db,
      cliActor(workspace.id),
      {
        through: options.through,
        onProgress: (progress) => {
          if (!started) bar.phase('Billing', progress.agreementsTotal);
          started = true;
          bar.update(progress.agreementsDone);
        },
      },
      options.now ?? new Date(),
    );
    bar.stop();
    const lookup = findCurrency(run.currency);
    const total = lookup.ok ? formatMinor(run.totalMinor, lookup.currency) : String(run.totalMinor);
    println(
      io.out,
      `Billed ${workspace.name} through ${run.throughDate}: ${plural(run.invoicesCreated, 'new invoice')} ` +
        `(${total} ${run.currency}) across ${plural(run.agreementsSeen, 'agreement')}.`,
    );
    if (run.invoicesCreated === 0) println(io.out, 'Every invoice due was already there: nothing to do.');
    return run;
  } finally {
    bar.stop();
  }
}

export function billingCommand(program: Command): void {
  const group = program
    .command('billing')
    .description('Billing: create the invoices that are due')
    .addHelpText('after', '\nExample:\n  $ npx rapport billing run --through 2026-12-31');
  group
    .command('run')
    .description(
      'Create every invoice due through a date that does not exist yet. Safe to repeat, to run twice at once ' +
        'and to interrupt: a second run bills only what is missing.',
    )
    .option('--through <date>', 'bill every period starting on or before this date (default: today)')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
Billing is in advance: a period's invoice is due on the period's first day.

The server must not be running on the same data directory (PGlite): stop it, or run
billing through the API (POST /api/v1/billing/runs) instead.

Examples:
  $ npx rapport billing run
  $ npx rapport billing run --through 2026-12-31`,
    )
    .action((options: BillingRunOptions) =>
      withDatabase((db, io) => runBillingCommand(db, options, io)).then(() => {}),
    );
}
