import { describe, expect, it } from 'vitest';
import { postInvoice } from './post-invoice.ts';
import { describeEntry, entryOf, isBalanced, makeInvoice } from './test-factories.ts';

describe('postInvoice', () => {
  it.each([
    [
      'a plain invoice',
      [{ kind: 'base', amountMinor: 10_000 }],
      ['Dr accounts_receivable 10000', 'Cr revenue 10000'],
    ],
    [
      'a 20 % discount: revenue stays gross',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'discount', amountMinor: -2_000 },
      ],
      ['Dr accounts_receivable 8000', 'Dr discounts_given 2000', 'Cr revenue 10000'],
    ],
    [
      'a holiday period at zero: only the memo pair',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'holiday', amountMinor: -10_000 },
      ],
      ['Dr holiday_deferred 10000', 'Cr holiday_deferred_offset 10000'],
    ],
    [
      'a holiday during a reduction defers only the reduced price',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'discount', amountMinor: -3_000 },
        { kind: 'holiday', amountMinor: -7_000 },
      ],
      [
        'Dr discounts_given 3000',
        'Cr revenue 3000',
        'Dr holiday_deferred 7000',
        'Cr holiday_deferred_offset 7000',
      ],
    ],
    [
      'a credit line spends the credit balance',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'credit', amountMinor: -3_000 },
      ],
      ['Dr accounts_receivable 7000', 'Dr customer_credits 3000', 'Cr revenue 10000'],
    ],
    [
      'a free month by credit: nothing receivable',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'credit', amountMinor: -10_000 },
      ],
      ['Dr customer_credits 10000', 'Cr revenue 10000'],
    ],
    [
      'a free period (referral reward): given away like a discount',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'free_period', amountMinor: -10_000 },
      ],
      ['Dr discounts_given 10000', 'Cr revenue 10000'],
    ],
    [
      'a paused period: not billed and not deferred',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'pause', amountMinor: -10_000 },
      ],
      [],
    ],
    [
      'two base lines and every reduction at once',
      [
        { kind: 'base', amountMinor: 10_000 },
        { kind: 'base', amountMinor: 2_500 },
        { kind: 'discount', amountMinor: -1_250 },
        { kind: 'credit', amountMinor: -1_000 },
        { kind: 'discount', amountMinor: 0 },
      ],
      [
        'Dr accounts_receivable 10250',
        'Dr discounts_given 1250',
        'Dr customer_credits 1000',
        'Cr revenue 12500',
      ],
    ],
  ])('%s', (_name, lines, expected) => {
    const invoice = makeInvoice(lines, { id: 'inv-a' });
    const entry = entryOf(postInvoice(invoice));
    expect(describeEntry(entry).map((line) => line.replace(' @inv-a', ''))).toEqual(expected);
    expect(isBalanced(entry)).toBe(true);
    expect(entry.source).toEqual({ kind: 'invoice', id: 'inv-a' });
    expect(entry.postedOn).toBe(invoice.issuedOn);
    expect(entry.lines.every((line) => line.clientId === invoice.clientId)).toBe(true);
  });

  it('ties the receivable to its invoice and names the holiday in the memo', () => {
    const plain = entryOf(postInvoice(makeInvoice(undefined, { id: 'inv-b', number: 42 })));
    expect(plain.lines[0]).toMatchObject({ account: 'accounts_receivable', invoiceId: 'inv-b' });
    expect(plain.memo).toBe('Invoice 42');
    const holiday = makeInvoice(
      [
        { kind: 'base', amountMinor: 5_000 },
        { kind: 'holiday', amountMinor: -5_000 },
      ],
      { number: 43 },
    );
    expect(entryOf(postInvoice(holiday)).memo).toBe('Invoice 43 (payment holiday)');
  });

  it.each([
    ['an unknown line kind', [{ kind: 'surcharge', amountMinor: 500 }], {}, 'unknown_line_kind'],
    ['a negative base', [{ kind: 'base', amountMinor: -500 }], {}, 'invalid_amount'],
    ['a positive discount', [{ kind: 'discount', amountMinor: 500 }], {}, 'invalid_amount'],
    ['a fraction of a cent', [{ kind: 'base', amountMinor: 100.5 }], {}, 'invalid_amount'],
    ['a line past safe integers', [{ kind: 'base', amountMinor: 2 ** 53 }], {}, 'invalid_amount'],
    [
      'lines that overflow together',
      [
        { kind: 'base', amountMinor: Number.MAX_SAFE_INTEGER },
        { kind: 'base', amountMinor: 1 },
      ],
      { totalMinor: 0 },
      'invalid_amount',
    ],
    ['a fractional total', [{ kind: 'base', amountMinor: 100 }], { totalMinor: 99.9 }, 'invalid_amount'],
    [
      'a total that is not the lines',
      [{ kind: 'base', amountMinor: 100 }],
      { totalMinor: 90 },
      'total_mismatch',
    ],
    [
      'a negative total',
      [
        { kind: 'base', amountMinor: 100 },
        { kind: 'credit', amountMinor: -150 },
      ],
      {},
      'negative_total',
    ],
  ] as const)('refuses %s', (_name, lines, overrides, code) => {
    const result = postInvoice(makeInvoice([...lines], overrides));
    expect(result).toMatchObject({ ok: false, code });
  });
});
