import { describe, expect, it } from 'vitest';
import { deriveBalances } from './balances.ts';
import { postBarterReceipt } from './post-barter-receipt.ts';
import { postInvoice } from './post-invoice.ts';
import { postPayment } from './post-payment.ts';
import { describeEntry, entryOf, makeInvoice, makePayment } from './test-factories.ts';

const delivery = {
  id: 'bd-1',
  clientId: 'client-1',
  owedMinor: 8_000,
  postedOn: '2026-03-15',
  description: 'catering',
};

describe('postBarterReceipt', () => {
  it('turns what a barter client owes in kind into a purchase once delivered', () => {
    const invoice = entryOf(postInvoice(makeInvoice(undefined, { id: 'inv-b' })));
    const payment = entryOf(
      postPayment(
        makePayment({
          method: 'barter',
          amountMinor: 8_000,
          allocations: [{ invoiceId: 'inv-b', amountMinor: 8_000 }],
        }),
      ),
    );
    const receipt = entryOf(postBarterReceipt({ ...delivery, amountMinor: 8_000 }));
    expect(describeEntry(receipt)).toEqual(['Dr barter_expense 8000', 'Cr barter_receivable 8000']);
    expect(receipt.memo).toBe('Barter received: catering');

    const balances = deriveBalances([invoice, payment, receipt]);
    expect(balances.byAccount).toMatchObject({
      revenue: 10_000,
      barter_expense: 8_000,
      barter_receivable: 0,
      accounts_receivable: 2_000,
    });
  });

  it.each([
    ['more than is owed', 8_001, 'exceeds_balance'],
    ['a negative delivery', -5, 'invalid_amount'],
  ] as const)('refuses %s', (_name, amountMinor, code) => {
    expect(postBarterReceipt({ ...delivery, amountMinor })).toMatchObject({ ok: false, code });
  });
});
