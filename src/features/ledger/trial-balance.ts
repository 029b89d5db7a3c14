import { and, eq, lte, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import { ACCOUNT_CODES, ACCOUNTS, isAccountCode } from '../../core/ledger/accounts.ts';
import type { Db } from '../../db/connect.ts';
import { journalEntries, journalLines } from '../../db/schema/index.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import type { TrialBalanceView } from './schemas.ts';

/**
 * Every account's debits, credits and balance (on its normal side) from the journal, as
 * of a date (default today): the trial balance. Its two columns are equal when every
 * entry balances. Accounts the chart does not know (only tampering makes them) are listed
 * too, so the totals still add up to what is stored.
 */
export async function trialBalance(
  db: Db,
  actor: Actor,
  query: { asOf?: string | undefined },
  now: Date,
): Promise<TrialBalanceView> {
  if (!policies.seeBilling(actor)) throw forbidden('Billing is for the owner and staff');
  const asOf = query.asOf ?? (await workspaceToday(db, actor.workspaceId, now));
  const where: SQL[] = [eq(journalLines.workspaceId, actor.workspaceId), lte(journalEntries.postedOn, asOf)];
  const rows = await db
    .select({
      account: journalLines.account,
      debitMinor: sql<string>`sum(${journalLines.debitMinor})::bigint`,
      creditMinor: sql<string>`sum(${journalLines.creditMinor})::bigint`,
    })
    .from(journalLines)
    .innerJoin(
      journalEntries,
      and(
        eq(journalEntries.workspaceId, journalLines.workspaceId),
        eq(journalEntries.id, journalLines.entryId),
      ),
    )
    .where(and(...where))
    .groupBy(journalLines.account);
  const sums = new Map(rows.map((row) => [row.account, row]));
  const codes = [...ACCOUNT_CODES, ...[...sums.keys()].filter((code) => !isAccountCode(code)).sort()];
  const accounts = codes.map((code) => {
    const debitMinor = Number(sums.get(code)?.debitMinor ?? 0);
    const creditMinor = Number(sums.get(code)?.creditMinor ?? 0);
    const definition = isAccountCode(code) ? ACCOUNTS[code] : null;
    const normalSide = definition?.normalSide ?? 'debit';
    return {
      code,
      name: definition?.name ?? `Unknown account "${code}"`,
      type: definition?.type ?? 'unknown',
      normalSide,
      debitMinor,
      creditMinor,
      balanceMinor: normalSide === 'debit' ? debitMinor - creditMinor : creditMinor - debitMinor,
    };
  });
  return {
    asOf,
    currency: await workspaceCurrency(db, actor.workspaceId),
    accounts,
    totalDebitMinor: accounts.reduce((sum, account) => sum + account.debitMinor, 0),
    totalCreditMinor: accounts.reduce((sum, account) => sum + account.creditMinor, 0),
  };
}
