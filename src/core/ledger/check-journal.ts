import { ACCOUNTS, type AccountCode, isAccountCode } from './accounts.ts';
import { clientBalance, deriveBalances } from './balances.ts';
import type { JournalEntry, JournalLine, JournalSource } from './journal-entry.ts';
import { isMinorAmount, sumMinor } from './minor-units.ts';

export type LedgerProblemCode =
  | 'unknown_account'
  | 'invalid_amount'
  | 'two_sided_line'
  | 'empty_line'
  | 'missing_client'
  | 'missing_invoice'
  | 'unbalanced_entry'
  | 'duplicate_source'
  | 'void_without_invoice'
  | 'negative_client_balance'
  | 'invoice_receivable_mismatch'
  | 'client_receivable_mismatch'
  | 'unbalanced_journal';

/** One thing wrong with the journal, worded for `rapport ledger check` to print as is. */
export interface LedgerProblem {
  code: LedgerProblemCode;
  message: string;
  source?: JournalSource;
  clientId?: string;
  invoiceId?: string;
}

/** An invoice as billing records it, to reconcile against what the journal says is owed. */
export interface InvoiceFacts {
  id: string;
  clientId: string;
  totalMinor: number;
  /** What payments have allocated to it. */
  allocatedMinor: number;
  isVoid: boolean;
}

const label = (source: JournalSource) => `${source.kind} ${source.id}`;

/**
 * Proves the journal sound, or lists every way it is not (empty = healthy). Entry by
 * entry: amounts are whole, non-negative minor units on one side only, on known accounts,
 * per-client lines name their client, and debits equal credits; each event is posted once
 * and each void has its invoice. Then the derived balances: no client owes a negative
 * amount or holds an overdrawn credit, and, given the invoices as billing records them,
 * each invoice and each client owes exactly its invoices (not void) minus its payments.
 */
export function checkJournal(
  entries: readonly JournalEntry[],
  invoices?: readonly InvoiceFacts[],
): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const sound: JournalEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = label(entry.source);
    if (seen.has(key)) {
      problems.push({ code: 'duplicate_source', message: `${key} is posted twice`, source: entry.source });
    }
    seen.add(key);
    const lineProblems = entry.lines.flatMap((line, index) => checkLine(entry.source, line, index + 1));
    problems.push(...lineProblems);
    // Sums and balances need known accounts and whole amounts; other line faults still sum.
    const canSum = !lineProblems.some(
      (problem) => problem.code === 'unknown_account' || problem.code === 'invalid_amount',
    );
    if (!canSum) continue;
    sound.push(entry);
    const debits = sumMinor(entry.lines.map((line) => line.debitMinor));
    const credits = sumMinor(entry.lines.map((line) => line.creditMinor));
    if (debits === null || debits !== credits) {
      problems.push({
        code: 'unbalanced_entry',
        message: `${key}: debits ${debits ?? 'overflow'} ≠ credits ${credits ?? 'overflow'}`,
        source: entry.source,
      });
    }
  }

  for (const entry of entries) {
    if (entry.source.kind === 'void' && !seen.has(`invoice ${entry.source.id}`)) {
      problems.push({
        code: 'void_without_invoice',
        message: `${label(entry.source)} voids an invoice the journal does not hold`,
        source: entry.source,
      });
    }
  }

  const balances = deriveBalances(sound);
  if (balances.totalDebitMinor !== balances.totalCreditMinor) {
    problems.push({
      code: 'unbalanced_journal',
      message: `the journal's debits ${balances.totalDebitMinor} ≠ its credits ${balances.totalCreditMinor}`,
    });
  }
  problems.push(...checkClientBalances(balances.byClient));
  if (invoices) problems.push(...reconcileInvoices(balances, invoices));
  return problems;
}

function checkLine(source: JournalSource, line: JournalLine, number: number): LedgerProblem[] {
  const where = `${label(source)} line ${number}`;
  const account: string = line.account;
  if (!isAccountCode(account)) {
    return [{ code: 'unknown_account', message: `${where}: no account "${account}"`, source }];
  }
  const { debitMinor, creditMinor } = line;
  if (!isMinorAmount(debitMinor) || !isMinorAmount(creditMinor) || debitMinor < 0 || creditMinor < 0) {
    return [
      {
        code: 'invalid_amount',
        message: `${where}: amounts must be whole minor units, zero or more`,
        source,
      },
    ];
  }
  const problems: LedgerProblem[] = [];
  if (debitMinor > 0 && creditMinor > 0) {
    problems.push({ code: 'two_sided_line', message: `${where}: both a debit and a credit`, source });
  }
  if (debitMinor === 0 && creditMinor === 0) {
    problems.push({ code: 'empty_line', message: `${where}: no amount`, source });
  }
  if (ACCOUNTS[account].isPerClient && !line.clientId) {
    problems.push({ code: 'missing_client', message: `${where}: ${account} needs a client`, source });
  }
  if (account === 'accounts_receivable' && !line.invoiceId) {
    problems.push({ code: 'missing_invoice', message: `${where}: a receivable needs its invoice`, source });
  }
  return problems;
}

function checkClientBalances(byClient: Map<string, Partial<Record<AccountCode, number>>>): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  for (const [clientId, accounts] of byClient) {
    for (const [account, balance] of Object.entries(accounts) as [AccountCode, number][]) {
      if (ACCOUNTS[account].isPerClient && balance < 0) {
        problems.push({
          code: 'negative_client_balance',
          message: `client ${clientId}: ${ACCOUNTS[account].name} is ${balance}, below zero`,
          clientId,
        });
      }
    }
  }
  return problems;
}

function reconcileInvoices(
  balances: ReturnType<typeof deriveBalances>,
  invoices: readonly InvoiceFacts[],
): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const expectedByClient = new Map<string, number>();
  const known = new Set<string>();
  for (const invoice of invoices) {
    known.add(invoice.id);
    const expected = invoice.isVoid ? 0 : invoice.totalMinor - invoice.allocatedMinor;
    expectedByClient.set(invoice.clientId, (expectedByClient.get(invoice.clientId) ?? 0) + expected);
    const actual = balances.receivableByInvoice.get(invoice.id) ?? 0;
    if (actual !== expected) {
      problems.push({
        code: 'invoice_receivable_mismatch',
        message: `invoice ${invoice.id}: the journal says ${actual} is owed, billing says ${expected}`,
        clientId: invoice.clientId,
        invoiceId: invoice.id,
      });
    }
  }
  for (const [invoiceId, actual] of balances.receivableByInvoice) {
    if (!known.has(invoiceId) && actual !== 0) {
      problems.push({
        code: 'invoice_receivable_mismatch',
        message: `invoice ${invoiceId}: the journal says ${actual} is owed, billing has no such invoice`,
        invoiceId,
      });
    }
  }
  const clientIds = new Set([...expectedByClient.keys(), ...balances.byClient.keys()]);
  for (const clientId of clientIds) {
    const expected = expectedByClient.get(clientId) ?? 0;
    const actual = clientBalance(balances, clientId, 'accounts_receivable');
    if (actual !== expected) {
      problems.push({
        code: 'client_receivable_mismatch',
        message: `client ${clientId}: the journal says ${actual} is owed, invoices minus payments is ${expected}`,
        clientId,
      });
    }
  }
  return problems;
}
