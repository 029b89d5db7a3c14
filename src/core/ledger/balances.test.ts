import { describe, expect, it } from 'vitest';
import { clientBalance, deriveBalances } from './balances.ts';
import { postCredit } from './post-credit.ts';
import { postInvoice } from './post-invoice.ts';
import { postPayment } from './post-payment.ts';
import { entryOf, makeInvoice, makePayment } from './test-factories.ts';

describe('deriveBalances', () => {
  it('derives every balance on its normal side, per account, per client and per invoice', () => {
    const entries = [
      entryOf(postInvoice(makeInvoice(undefined, { id: 'a1', clientId: 'ann' }))),
      entryOf(
        postInvoice(
          makeInvoice(
            [
              { kind: 'base', amountMinor: 10_000 },
              { kind: 'discount', amountMinor: -5_000 },
            ],
            { id: 'b1', clientId: 'bob' },
          ),
        ),
      ),
      entryOf(
        postPayment(
          makePayment({
            clientId: 'ann',
            amountMinor: 12_000,
            allocations: [{ invoiceId: 'a1', amountMinor: 10_000 }],
          }),
        ),
      ),
      entryOf(
        postCredit({
          kind: 'grant',
          id: 'g1',
          clientId: 'bob',
          postedOn: '2026-03-09',
          amountMinor: 700,
          reason: 'goodwill',
        }),
      ),
    ];
    const balances = deriveBalances(entries);
    expect(balances.byAccount).toMatchObject({
      accounts_receivable: 5_000,
      revenue: 20_000,
      discounts_given: 5_000,
      bank: 12_000,
      customer_credits: 2_700,
      service_credit: 700,
    });
    expect(clientBalance(balances, 'ann', 'accounts_receivable')).toBe(0);
    expect(clientBalance(balances, 'ann', 'customer_credits')).toBe(2_000);
    expect(clientBalance(balances, 'bob', 'accounts_receivable')).toBe(5_000);
    expect(clientBalance(balances, 'nobody', 'accounts_receivable')).toBe(0);
    expect(balances.receivableByInvoice).toEqual(
      new Map([
        ['a1', 0],
        ['b1', 5_000],
      ]),
    );
    expect(balances.totalDebitMinor).toBe(balances.totalCreditMinor);
    expect(balances.totalDebitMinor).toBe(10_000 + 5_000 + 5_000 + 12_000 + 700);
  });

  it('is all zeros for an empty journal', () => {
    const balances = deriveBalances([]);
    expect(Object.values(balances.byAccount).every((balance) => balance === 0)).toBe(true);
    expect(balances.byClient.size).toBe(0);
  });
});
