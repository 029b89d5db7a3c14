import { ACCOUNT_CODES, ACCOUNTS, type AccountCode } from './accounts.ts';
import type { JournalEntry, JournalLine } from './journal-entry.ts';

/** Balances derived from a journal. Each is on the account's normal side (see ACCOUNTS). */
export interface LedgerBalances {
  byAccount: Record<AccountCode, number>;
  /** Per client, the accounts their lines touch: what they owe, what we owe them, and so on. */
  byClient: Map<string, Partial<Record<AccountCode, number>>>;
  /** Receivable per invoice: what is still owed on it (zero once paid or void). */
  receivableByInvoice: Map<string, number>;
  totalDebitMinor: number;
  totalCreditMinor: number;
}

/** A line's effect on its account's normal-side balance. */
function signedAmount(line: JournalLine): number {
  const net = line.debitMinor - line.creditMinor;
  return ACCOUNTS[line.account].normalSide === 'debit' ? net : -net;
}

/**
 * Every balance, from the journal alone: balances are never stored, so they cannot drift
 * from the entries that explain them. Assumes entries `checkJournal` accepts; run the
 * check first on data from outside.
 */
export function deriveBalances(entries: readonly JournalEntry[]): LedgerBalances {
  const byAccount = Object.fromEntries(ACCOUNT_CODES.map((code) => [code, 0])) as Record<AccountCode, number>;
  const byClient = new Map<string, Partial<Record<AccountCode, number>>>();
  const receivableByInvoice = new Map<string, number>();
  let totalDebitMinor = 0;
  let totalCreditMinor = 0;

  for (const entry of entries) {
    for (const line of entry.lines) {
      const amount = signedAmount(line);
      byAccount[line.account] += amount;
      totalDebitMinor += line.debitMinor;
      totalCreditMinor += line.creditMinor;
      if (line.clientId !== undefined) {
        const client = byClient.get(line.clientId) ?? {};
        client[line.account] = (client[line.account] ?? 0) + amount;
        byClient.set(line.clientId, client);
      }
      if (line.account === 'accounts_receivable' && line.invoiceId !== undefined) {
        receivableByInvoice.set(line.invoiceId, (receivableByInvoice.get(line.invoiceId) ?? 0) + amount);
      }
    }
  }
  return { byAccount, byClient, receivableByInvoice, totalDebitMinor, totalCreditMinor };
}

/** One client's balance on one account; zero for a client or account with no lines. */
export function clientBalance(balances: LedgerBalances, clientId: string, account: AccountCode): number {
  return balances.byClient.get(clientId)?.[account] ?? 0;
}
