import { describe, expect, it } from 'vitest';
import { PAYMENT_METHODS } from './payment-methods.ts';
import { type LedgerPayment, postPayment } from './post-payment.ts';
import type { LedgerRefusalCode } from './posting-result.ts';
import { describeEntry, entryOf, isBalanced, makePayment } from './test-factories.ts';

const settles = (invoiceId: string, amountMinor: number) => ({ invoiceId, amountMinor });

describe('postPayment', () => {
  it.each([
    ['cash', 'cash'],
    ['card', 'card_clearing'],
    ['cheque', 'cheques'],
    ['bank_transfer', 'bank'],
    ['barter', 'barter_receivable'],
    ['trade_currency', 'trade_currency'],
    ['service_credit', 'customer_credits'],
  ] as const)('a payment by %s debits %s', (method, account) => {
    const payment = makePayment({
      method,
      amountMinor: 4_000,
      allocations: [settles('inv-1', 4_000)],
      creditAvailableMinor: 5_000,
    });
    const entry = entryOf(postPayment(payment));
    expect(describeEntry(entry)).toEqual([`Dr ${account} 4000`, 'Cr accounts_receivable 4000 @inv-1']);
    expect(entry.source).toEqual({ kind: 'payment', id: payment.id });
    expect(entry.postedOn).toBe(payment.receivedOn);
    expect(entry.lines.every((line) => line.clientId === payment.clientId)).toBe(true);
  });

  it('covers every payment method in the table above', () => {
    expect(PAYMENT_METHODS).toHaveLength(7);
  });

  it('splits one payment across several invoices, one receivable line each', () => {
    const entry = entryOf(
      postPayment(
        makePayment({
          amountMinor: 15_000,
          allocations: [settles('inv-1', 10_000), settles('inv-2', 5_000)],
        }),
      ),
    );
    expect(describeEntry(entry)).toEqual([
      'Dr bank 15000',
      'Cr accounts_receivable 10000 @inv-1',
      'Cr accounts_receivable 5000 @inv-2',
    ]);
  });

  it('turns an overpayment into a credit balance', () => {
    const entry = entryOf(
      postPayment(makePayment({ amountMinor: 12_000, allocations: [settles('inv-1', 10_000)] })),
    );
    expect(describeEntry(entry)).toEqual([
      'Dr bank 12000',
      'Cr accounts_receivable 10000 @inv-1',
      'Cr customer_credits 2000',
    ]);
  });

  it('holds a payment with no open invoice entirely as credit', () => {
    const entry = entryOf(postPayment(makePayment({ method: 'cash', amountMinor: 3_000 })));
    expect(describeEntry(entry)).toEqual(['Dr cash 3000', 'Cr customer_credits 3000']);
  });

  it('takes the exchange fee out of the trade units received', () => {
    const entry = entryOf(
      postPayment(
        makePayment({
          method: 'trade_currency',
          amountMinor: 10_000,
          exchangeFeeMinor: 600,
          allocations: [settles('inv-1', 10_000)],
        }),
      ),
    );
    expect(describeEntry(entry)).toEqual([
      'Dr trade_currency 9400',
      'Dr trade_exchange_fees 600',
      'Cr accounts_receivable 10000 @inv-1',
    ]);
    expect(isBalanced(entry)).toBe(true);
  });

  const refusals: [string, Partial<LedgerPayment>, LedgerRefusalCode][] = [
    ['a zero payment', { amountMinor: 0 }, 'invalid_amount'],
    ['a negative payment', { amountMinor: -100 }, 'invalid_amount'],
    ['a fraction of a cent', { amountMinor: 10.25 }, 'invalid_amount'],
    ['a zero allocation', { allocations: [settles('inv-1', 0)] }, 'invalid_amount'],
    [
      'an invoice named twice',
      { allocations: [settles('inv-1', 100), settles('inv-1', 100)] },
      'invalid_allocation',
    ],
    [
      'allocations above the payment',
      { amountMinor: 100, allocations: [settles('inv-1', 101)] },
      'over_allocated',
    ],
    ['an exchange fee on a card payment', { method: 'card', exchangeFeeMinor: 10 }, 'invalid_amount'],
    [
      'a fee above the payment',
      { method: 'trade_currency', amountMinor: 100, exchangeFeeMinor: 101 },
      'invalid_amount',
    ],
    [
      'service credit beyond the balance',
      {
        method: 'service_credit',
        amountMinor: 100,
        creditAvailableMinor: 99,
        allocations: [settles('inv-1', 100)],
      },
      'insufficient_credit',
    ],
    [
      'service credit with no balance given',
      { method: 'service_credit', amountMinor: 100, allocations: [settles('inv-1', 100)] },
      'insufficient_credit',
    ],
    [
      'service credit that would overpay back into credit',
      {
        method: 'service_credit',
        amountMinor: 100,
        creditAvailableMinor: 500,
        allocations: [settles('inv-1', 60)],
      },
      'over_allocated',
    ],
  ];
  it.each(refusals)('refuses %s', (_name, overrides, code) => {
    expect(postPayment(makePayment(overrides))).toMatchObject({ ok: false, code });
  });
});
