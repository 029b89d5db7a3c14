import { describe, expect, it } from 'vitest';
import { deriveBalances } from './balances.ts';
import { postCredit } from './post-credit.ts';
import { postInvoice } from './post-invoice.ts';
import { postPayment } from './post-payment.ts';
import { postUnallocation } from './post-unallocation.ts';
import { postVoid } from './post-void.ts';
import { describeEntry, entryOf, makeInvoice, makePayment } from './test-factories.ts';

const voidOf = (invoiceEntry: ReturnType<typeof entryOf>, allocatedMinor = 0, isVoid = false) =>
  postVoid({ invoiceEntry, allocatedMinor, isVoid, postedOn: '2026-03-20', reason: 'issued in error' });

describe('postVoid', () => {
  it('reverses the invoice line for line', () => {
    const invoice = makeInvoice(
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'discount', amountMinor: -2_000 },
      ],
      { id: 'inv-v', number: 7 },
    );
    const entry = entryOf(voidOf(entryOf(postInvoice(invoice))));
    expect(describeEntry(entry)).toEqual([
      'Cr accounts_receivable 8000 @inv-v',
      'Cr discounts_given 2000',
      'Dr revenue 10000',
    ]);
    expect(entry).toMatchObject({
      source: { kind: 'void', id: 'inv-v' },
      postedOn: '2026-03-20',
      memo: 'Void of Invoice 7: issued in error',
    });
  });

  it('takes back a holiday memo and gives back the credit an invoice spent', () => {
    const grant = entryOf(
      postCredit({
        kind: 'grant',
        id: 'cr-1',
        clientId: 'client-1',
        postedOn: '2026-02-01',
        amountMinor: 3_000,
        reason: 'referral',
      }),
    );
    const holiday = entryOf(
      postInvoice(
        makeInvoice([
          { kind: 'base', amountMinor: 10_000 },
          { kind: 'holiday', amountMinor: -10_000 },
        ]),
      ),
    );
    const credited = entryOf(
      postInvoice(
        makeInvoice([
          { kind: 'base', amountMinor: 10_000 },
          { kind: 'credit', amountMinor: -3_000 },
        ]),
      ),
    );
    const before = deriveBalances([grant]);
    const after = deriveBalances([
      grant,
      holiday,
      credited,
      entryOf(voidOf(holiday)),
      entryOf(voidOf(credited)),
    ]);
    expect(after.byAccount).toEqual(before.byAccount);
    expect(after.byClient.get('client-1')).toMatchObject({ customer_credits: 3_000, holiday_deferred: 0 });
  });

  it('refuses an invoice with payments, and voids it once they are moved to credit', () => {
    const invoice = makeInvoice(undefined, { id: 'inv-p' });
    const invoiceEntry = entryOf(postInvoice(invoice));
    const payment = entryOf(
      postPayment(
        makePayment({
          id: 'pay-p',
          amountMinor: 6_000,
          allocations: [{ invoiceId: 'inv-p', amountMinor: 6_000 }],
        }),
      ),
    );
    expect(voidOf(invoiceEntry, 6_000)).toMatchObject({ ok: false, code: 'invoice_has_payments' });

    const unallocation = entryOf(
      postUnallocation({
        id: 'un-1',
        clientId: 'client-1',
        invoiceId: 'inv-p',
        paymentId: 'pay-p',
        amountMinor: 6_000,
        allocatedMinor: 6_000,
        postedOn: '2026-03-19',
      }),
    );
    const voided = entryOf(voidOf(invoiceEntry, 0));
    const balances = deriveBalances([invoiceEntry, payment, unallocation, voided]);
    expect(balances.byClient.get('client-1')).toMatchObject({
      accounts_receivable: 0,
      customer_credits: 6_000,
    });
    expect(balances.receivableByInvoice.get('inv-p')).toBe(0);
    expect(balances.byAccount.revenue).toBe(0);
    expect(balances.byAccount.bank).toBe(6_000);
  });

  it.each([
    ['an invoice already void', 0, true, 'already_void'],
    ['a partly paid invoice', 1, false, 'invoice_has_payments'],
    ['a fractional allocation', 0.5, false, 'invalid_amount'],
  ] as const)('refuses %s', (_name, allocatedMinor, isVoid, code) => {
    expect(voidOf(entryOf(postInvoice(makeInvoice())), allocatedMinor, isVoid)).toMatchObject({
      ok: false,
      code,
    });
  });

  it('refuses to void anything but an invoice', () => {
    const payment = entryOf(postPayment(makePayment()));
    expect(voidOf(payment)).toMatchObject({ ok: false, code: 'not_an_invoice' });
  });
});
