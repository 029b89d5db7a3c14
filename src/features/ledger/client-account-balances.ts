import { and, eq, sql } from 'drizzle-orm';
import { ACCOUNTS, type AccountCode, isAccountCode } from '../../core/ledger/accounts.ts';
import type { Db } from '../../db/connect.ts';
import { journalLines } from '../../db/schema/index.ts';

/**
 * One client's balance on every account their journal lines touch, on each account's
 * normal side: what they owe (accounts_receivable), what we hold for them
 * (customer_credits), the holiday value still deferred, barter still to be delivered.
 * Derived from the journal, never stored, so it cannot drift from the entries.
 */
export async function clientAccountBalances(
  db: Db,
  workspaceId: string,
  clientId: string,
): Promise<Partial<Record<AccountCode, number>>> {
  const rows = await db
    .select({
      account: journalLines.account,
      debitMinor: sql<string>`coalesce(sum(${journalLines.debitMinor}), 0)::bigint`,
      creditMinor: sql<string>`coalesce(sum(${journalLines.creditMinor}), 0)::bigint`,
    })
    .from(journalLines)
    .where(and(eq(journalLines.workspaceId, workspaceId), eq(journalLines.clientId, clientId)))
    .groupBy(journalLines.account);
  const balances: Partial<Record<AccountCode, number>> = {};
  for (const row of rows) {
    if (!isAccountCode(row.account)) continue;
    const net = Number(row.debitMinor) - Number(row.creditMinor);
    balances[row.account] = ACCOUNTS[row.account].normalSide === 'debit' ? net : -net;
  }
  return balances;
}
