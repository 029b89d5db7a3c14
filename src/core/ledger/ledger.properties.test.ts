import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientBalance, deriveBalances } from './balances.ts';
import { checkJournal } from './check-journal.ts';
import { invoiceState } from './invoice-state.ts';
import { CLIENTS, client, comparable, GRANT, play, steps } from './ledger-model.ts';
import { postCredit } from './post-credit.ts';
import { postInvoice } from './post-invoice.ts';
import { postVoid } from './post-void.ts';
import { entryOf, isBalanced } from './test-factories.ts';

describe('ledger properties', () => {
  it('keeps every client receivable equal to invoices not void minus payments applied, and the journal sound', () => {
    fc.assert(
      fc.property(steps(40), (played) => {
        const { entries, facts, credit } = play(played);
        expect(checkJournal(entries, facts)).toEqual([]);

        const balances = deriveBalances(entries);
        expect(balances.totalDebitMinor).toBe(balances.totalCreditMinor);
        for (const clientId of CLIENTS) {
          const mine = facts.filter((invoice) => invoice.clientId === clientId && !invoice.isVoid);
          const invoiced = mine.reduce((sum, invoice) => sum + invoice.totalMinor, 0);
          const applied = mine.reduce((sum, invoice) => sum + invoice.allocatedMinor, 0);
          expect(clientBalance(balances, clientId, 'accounts_receivable')).toBe(invoiced - applied);
          expect(clientBalance(balances, clientId, 'customer_credits')).toBe(credit.get(clientId));
        }
        for (const invoice of facts) {
          const owed = balances.receivableByInvoice.get(invoice.id) ?? 0;
          const state = invoiceState(invoice);
          expect(owed === 0).toBe(state === 'paid' || state === 'void');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('brings every account back to where it was when an unpaid invoice is voided', () => {
    const lines = fc.record({
      base: fc.integer({ min: 0, max: 1_000_000 }),
      discount: fc.integer({ min: 0, max: 1_000_000 }),
      holiday: fc.integer({ min: 0, max: 1_000_000 }),
      pause: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(steps(20), client, lines, (played, clientId, l) => {
        const { entries } = play(played);
        // Reductions scaled into the base so the total is never negative.
        const discount = l.base === 0 ? 0 : l.discount % (l.base + 1);
        const holiday = l.base - discount === 0 ? 0 : l.holiday % (l.base - discount + 1);
        const pause = l.base - discount - holiday === 0 ? 0 : l.pause % (l.base - discount - holiday + 1);
        const invoiceLines = [
          { kind: 'base', amountMinor: l.base },
          { kind: 'discount', amountMinor: -discount },
          { kind: 'holiday', amountMinor: -holiday },
          { kind: 'pause', amountMinor: -pause },
        ];
        const invoiceEntry = entryOf(
          postInvoice({
            id: 'fresh',
            number: 9_999,
            clientId,
            issuedOn: '2026-02-01',
            lines: invoiceLines,
            totalMinor: l.base - discount - holiday - pause,
          }),
        );
        const voided = entryOf(
          postVoid({
            invoiceEntry,
            allocatedMinor: 0,
            isVoid: false,
            postedOn: '2026-02-02',
            reason: 'test',
          }),
        );
        expect(isBalanced(invoiceEntry) && isBalanced(voided)).toBe(true);
        expect(comparable(deriveBalances([...entries, invoiceEntry, voided]))).toEqual(
          comparable(deriveBalances(entries)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('posts a balanced entry for any invoice it accepts, and accepts any well-formed one', () => {
    const line = fc.record({
      kind: fc.constantFrom('base', 'discount', 'holiday', 'pause', 'credit'),
      size: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (raw) => {
        const lines = raw.map(({ kind, size }) => ({ kind, amountMinor: kind === 'base' ? size : -size }));
        const totalMinor = lines.reduce((sum, { amountMinor }) => sum + amountMinor, 0);
        const result = postInvoice({
          id: 'i',
          number: 1,
          clientId: 'c',
          issuedOn: '2026-01-01',
          lines,
          totalMinor,
        });
        if (totalMinor < 0) {
          expect(result).toMatchObject({ ok: false, code: 'negative_total' });
          return;
        }
        const entry = entryOf(result);
        expect(isBalanced(entry)).toBe(true);
        // A credit line spends credit granted before; grant it so the journal is whole.
        const spent = -lines
          .filter(({ kind }) => kind === 'credit')
          .reduce((sum, { amountMinor }) => sum + amountMinor, 0);
        const granted =
          spent === 0 ? [] : [entryOf(postCredit({ ...GRANT, clientId: 'c', amountMinor: spent }))];
        expect(checkJournal([...granted, entry])).toEqual([]);
      }),
    );
  });
});
