import type { JournalEntry } from './journal-entry.ts';
import type { LedgerInvoice, LedgerInvoiceLine } from './post-invoice.ts';
import type { LedgerPayment } from './post-payment.ts';
import type { PostingResult } from './posting-result.ts';

// Test data for the ledger's tests; not imported by the ledger itself.

let sequence = 0;
const next = () => ++sequence;

/** An invoice whose total is its lines' sum, unless the override says otherwise. */
export function makeInvoice(
  lines: LedgerInvoiceLine[] = [{ kind: 'base', amountMinor: 10_000 }],
  overrides: Partial<LedgerInvoice> = {},
): LedgerInvoice {
  const n = next();
  return {
    id: `inv-${n}`,
    number: n,
    clientId: 'client-1',
    issuedOn: '2026-03-01',
    lines,
    totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
    ...overrides,
  };
}

export function makePayment(overrides: Partial<LedgerPayment> = {}): LedgerPayment {
  return {
    id: `pay-${next()}`,
    clientId: 'client-1',
    receivedOn: '2026-03-05',
    method: 'bank_transfer',
    amountMinor: 10_000,
    allocations: [],
    ...overrides,
  };
}

/** The entry of a posting that must succeed; a refusal fails the test with its reason. */
export function entryOf(result: PostingResult): JournalEntry {
  if (!result.ok) throw new Error(`refused (${result.code}): ${result.message}`);
  return result.entry;
}

/**
 * An entry as short text lines, 'Dr accounts_receivable 8000 @inv-1', so a table test
 * reads like the journal it expects.
 */
export function describeEntry(entry: JournalEntry): string[] {
  return entry.lines.map((line) => {
    const side =
      line.debitMinor > 0
        ? `Dr ${line.account} ${line.debitMinor}`
        : `Cr ${line.account} ${line.creditMinor}`;
    return line.invoiceId ? `${side} @${line.invoiceId}` : side;
  });
}

export function isBalanced(entry: JournalEntry): boolean {
  const debits = entry.lines.reduce((sum, line) => sum + line.debitMinor, 0);
  const credits = entry.lines.reduce((sum, line) => sum + line.creditMinor, 0);
  return debits === credits;
}
