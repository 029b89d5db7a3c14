import { describe, expect, it } from 'vitest';
import { checkJournal, type InvoiceFacts } from './check-journal.ts';
import type { JournalEntry, JournalLine } from './journal-entry.ts';
import { postInvoice } from './post-invoice.ts';
import { postPayment } from './post-payment.ts';
import { postVoid } from './post-void.ts';
import { entryOf, makeInvoice, makePayment } from './test-factories.ts';

const invoice = entryOf(postInvoice(makeInvoice(undefined, { id: 'inv-1', clientId: 'ann' })));
const payment = entryOf(
  postPayment(
    makePayment({
      clientId: 'ann',
      amountMinor: 4_000,
      allocations: [{ invoiceId: 'inv-1', amountMinor: 4_000 }],
    }),
  ),
);
const facts: InvoiceFacts[] = [
  { id: 'inv-1', clientId: 'ann', totalMinor: 10_000, allocatedMinor: 4_000, isVoid: false },
];

const withLines = (lines: JournalLine[], id = 'x'): JournalEntry => ({
  source: { kind: 'credit', id },
  postedOn: '2026-03-01',
  memo: 'hand-made',
  lines,
});
const line = (account: string, debitMinor: number, creditMinor: number, clientId?: string): JournalLine =>
  ({ account, clientId, debitMinor, creditMinor }) as JournalLine;
const codes = (entries: JournalEntry[], invoices?: InvoiceFacts[]) =>
  checkJournal(entries, invoices).map((problem) => problem.code);

describe('checkJournal', () => {
  it('finds nothing wrong with a sound journal that matches billing', () => {
    expect(checkJournal([invoice, payment], facts)).toEqual([]);
    expect(checkJournal([])).toEqual([]);
  });

  it.each([
    ['an unbalanced entry', [line('cash', 100, 0), line('revenue', 0, 90)], 'unbalanced_entry'],
    ['an unknown account', [line('petty_cash', 100, 0), line('revenue', 0, 100)], 'unknown_account'],
    ['a negative amount', [line('cash', -100, 0), line('revenue', 0, -100)], 'invalid_amount'],
    ['a fraction of a cent', [line('cash', 0.5, 0), line('revenue', 0, 0.5)], 'invalid_amount'],
    ['a line with both sides', [line('cash', 100, 100), line('revenue', 0, 0)], 'two_sided_line'],
    ['an empty line', [line('cash', 100, 0), line('revenue', 0, 100), line('bank', 0, 0)], 'empty_line'],
    [
      'a per-client line with no client',
      [line('cash', 100, 0), line('customer_credits', 0, 100)],
      'missing_client',
    ],
    [
      'a receivable with no invoice',
      [line('accounts_receivable', 100, 0, 'ann'), line('revenue', 0, 100)],
      'missing_invoice',
    ],
    [
      'a client credit balance overdrawn',
      [line('customer_credits', 100, 0, 'ann'), line('revenue', 0, 100)],
      'negative_client_balance',
    ],
  ])('reports %s', (_name, lines, code) => {
    expect(codes([withLines(lines)])).toContain(code);
  });

  it('reports an event posted twice', () => {
    expect(codes([invoice, invoice])).toContain('duplicate_source');
  });

  it('reports a void whose invoice is not in the journal', () => {
    const voided = entryOf(
      postVoid({
        invoiceEntry: invoice,
        allocatedMinor: 0,
        isVoid: false,
        postedOn: '2026-03-02',
        reason: 'x',
      }),
    );
    expect(codes([voided])).toContain('void_without_invoice');
    expect(codes([invoice, voided])).not.toContain('void_without_invoice');
  });

  it('reports a journal whose debits and credits differ overall', () => {
    expect(codes([withLines([line('cash', 100, 0), line('revenue', 0, 90)])])).toContain(
      'unbalanced_journal',
    );
  });

  it('reconciles each invoice and each client with what billing records', () => {
    const paidMore = [{ ...facts[0], allocatedMinor: 5_000 }] as InvoiceFacts[];
    expect(codes([invoice, payment], paidMore)).toEqual([
      'invoice_receivable_mismatch',
      'client_receivable_mismatch',
    ]);
    const voidInBilling = [{ ...facts[0], isVoid: true }] as InvoiceFacts[];
    expect(codes([invoice, payment], voidInBilling)).toContain('client_receivable_mismatch');
    // An invoice the journal holds and billing does not.
    expect(codes([invoice, payment], [])).toEqual([
      'invoice_receivable_mismatch',
      'client_receivable_mismatch',
    ]);
  });

  it('words each problem for the command line, naming the entry and line', () => {
    const [problem] = checkJournal([withLines([line('cash', 100, 0), line('revenue', 0, 90)], 'cr-9')]);
    expect(problem).toEqual({
      code: 'unbalanced_entry',
      message: 'credit cr-9: debits 100 ≠ credits 90',
      source: { kind: 'credit', id: 'cr-9' },
    });
    const [unknown] = checkJournal([withLines([line('petty_cash', 1, 0), line('cash', 0, 1)], 'cr-8')]);
    expect(unknown?.message).toBe('credit cr-8 line 1: no account "petty_cash"');
  });
});
