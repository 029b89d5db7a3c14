import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { DEMO_OWNER, DEMO_WORKSPACE_NAME } from '../../core/demo/demo-plan.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { findCurrency } from '../../core/money/currencies.ts';
import { formatMinor } from '../../core/money/format-minor.ts';
import type { Db } from '../../db/connect.ts';
import { createDemoWorkspace, type DemoWorkspaceResult } from '../../features/demo/create-demo-workspace.ts';
import { type CliIO, plural, println } from '../cli-io.ts';
import { generatePassword } from '../generate-password.ts';
import { withDatabase } from '../open-database.ts';
import { progressBar } from '../progress-bar.ts';

export interface DemoOptions {
  email?: string | undefined;
  /** Leave out to have one generated and printed. */
  password?: string | undefined;
  /** The same seed gives the same clients, histories and billing (relative to today). */
  seed?: number | string | undefined;
  /** The workspace's time zone; default: this machine's. */
  timezone?: string | undefined;
  now?: Date | undefined;
  /** Where the app will be, for the sign-in hint and the links in the disruption's messages. */
  appUrl?: string | undefined;
}

/** Creates the demo workspace in an empty database and says how to sign in to it. */
export async function runDemo(db: Db, options: DemoOptions, io: CliIO): Promise<DemoWorkspaceResult> {
  const seed = Number(options.seed ?? 1);
  if (!Number.isSafeInteger(seed)) {
    throw new AppError('invalid_input', `The seed must be a whole number, not "${options.seed}"`);
  }
  const password = options.password ?? generatePassword();
  const bar = progressBar(io);
  try {
    const result = await createDemoWorkspace(db, {
      email: options.email,
      password,
      seed,
      now: options.now ?? new Date(),
      timeZone: options.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      publicUrl: options.appUrl,
      onProgress: (done, total) => {
        if (done === 1) bar.phase('Creating the demo', total);
        bar.update(done);
      },
    });
    bar.stop();
    const { counts, owner, team, workspace } = result;
    println(io.out, `Created the demo workspace "${workspace.name}":`);
    println(
      io.out,
      `  ${plural(counts.clients, 'client')} with ${plural(counts.interactions, 'interaction')} over the past months`,
    );
    println(
      io.out,
      `  ${plural(counts.openCallbacks, 'callback')} waiting for an answer (${counts.overdueCallbacks} overdue)`,
    );
    println(
      io.out,
      `  ${plural(counts.openTasks, 'open task')} (${counts.overdueTasks} overdue, ${counts.tasksDueToday} due today)`,
    );
    const currency = findCurrency(counts.currency);
    const mrr = currency.ok ? formatMinor(counts.mrrMinor, currency.currency) : String(counts.mrrMinor);
    println(
      io.out,
      `  ${plural(counts.agreements, 'agreement')} on ${plural(counts.plans, 'plan')}: ${mrr} ${counts.currency} of monthly recurring revenue`,
    );
    println(
      io.out,
      `  ${plural(counts.invoices, 'invoice')} and ${plural(counts.payments, 'payment')}; ` +
        `${counts.openInvoices} invoices still open, ${counts.overdueInvoices} of them overdue`,
    );
    println(
      io.out,
      `  ${plural(counts.activeDisruptions, 'active disruption')} over ${plural(counts.affectedClients, 'client')} ` +
        `(${counts.contactedClients} contacted so far): see Hard times`,
    );
    println(io.out);
    println(
      io.out,
      `Sign in at ${options.appUrl ?? 'http://localhost:3000'} (npx rapport serve) as the owner, ${owner.name}:`,
    );
    println(io.out, `  e-mail:   ${owner.email}`);
    println(io.out, `  password: ${password}`);
    println(
      io.out,
      `The team signs in with the same password: ${team.map((m) => `${m.email} (${m.role.replace('_', '-')})`).join(', ')}.`,
    );
    return result;
  } finally {
    bar.stop();
  }
}

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      `Create a demo workspace ("${DEMO_WORKSPACE_NAME}", a small marketing studio) so you can try Rapport ` +
        'with living data: 50 clients, months of interactions, callbacks waiting, tasks due, agreements, ' +
        'invoices and payments, and hard times on our side (the studio flooded ten days ago)',
    )
    .option('--email <email>', `the owner's sign-in e-mail (default: ${DEMO_OWNER.email})`)
    .option(
      '--password <password>',
      'the password for the owner and the team (default: generated and printed)',
    )
    .option(
      '--seed <number>',
      'the same seed gives the same clients, histories and billing, dated from today',
      '1',
    )
    .option('--timezone <zone>', "the workspace's time zone (default: this machine's, e.g. Europe/London)")
    .addHelpText(
      'after',
      `
The demo needs an empty database: if a workspace exists already, it refuses and changes
nothing, so demo clients never mix with real ones. Use a separate data directory for it.

Examples:
  $ DATA_DIR=./demo-data npx rapport demo
  $ DATA_DIR=./demo-data npx rapport demo --email me@example.com --password "a long demo password"
  $ DATA_DIR=./demo-data npx rapport serve`,
    )
    .action((options: DemoOptions) =>
      withDatabase((db, io) => runDemo(db, { ...options, appUrl: readConfig().publicUrl }, io)).then(
        () => {},
      ),
    );
}
