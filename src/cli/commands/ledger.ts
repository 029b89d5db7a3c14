import type { Command } from 'commander';
import type { Db } from '../../db/connect.ts';
import { checkLedger } from '../../features/ledger/check-ledger.ts';
import { type CliIO, plural, println } from '../cli-io.ts';
import { withDatabase } from '../open-database.ts';
import { resolveWorkspace } from '../resolve-workspace.ts';
import { workspaceOption } from './workspace-option.ts';

export interface LedgerCheckOptions {
  workspace?: string | undefined;
}

/**
 * Proves the workspace's ledger and prints the verdict. Returns the exit code: 0 when
 * every entry balances and every client's balance equals its invoices minus payments,
 * 1 with each problem on its own line otherwise.
 */
export async function runLedgerCheck(db: Db, options: LedgerCheckOptions, io: CliIO): Promise<number> {
  const workspace = await resolveWorkspace(db, options.workspace);
  const report = await checkLedger(db, workspace.id);
  if (report.isBalanced) {
    println(
      io.out,
      `Ledger balanced: ${plural(report.entries, 'entry', 'entries')}, ${plural(report.clients, 'client')}`,
    );
    return 0;
  }
  for (const problem of report.problems) println(io.out, `${problem.code}: ${problem.message}`);
  println(
    io.err,
    `Ledger check failed: ${plural(report.problems.length, 'problem')} in ${plural(report.entries, 'entry', 'entries')}`,
  );
  return 1;
}

export function ledgerCommand(program: Command): void {
  const group = program
    .command('ledger')
    .description('The double-entry ledger behind billing')
    .addHelpText('after', '\nExample:\n  $ npx rapport ledger check');
  group
    .command('check')
    .description('Prove the ledger: every entry balances, every client owes its invoices minus its payments')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      `
Reads only. Exits 0 and prints "Ledger balanced: N entries, M clients" when all is well;
otherwise prints one problem per line and exits 1.

Example:
  $ npx rapport ledger check`,
    )
    .action(async (options: LedgerCheckOptions) => {
      process.exitCode = await withDatabase((db, io) => runLedgerCheck(db, options, io));
    });
}
