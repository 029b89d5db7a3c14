import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePayment, type OpenInvoice } from './allocate-payment.ts';

const open = (id: string, number: number, dueOn: string, outstandingMinor: number): OpenInvoice => ({
  id,
  number,
  issuedOn: dueOn,
  dueOn,
  outstandingMinor,
});

// Out of order on purpose: March's invoice is listed first but is not the oldest.
const invoices = [
  open('mar', 3, '2026-03-01', 10_000),
  open('jan', 1, '2026-01-01', 4_000),
  open('feb', 2, '2026-02-01', 6_000),
];

describe('allocatePayment', () => {
  it.each([
    [
      'settles the oldest first',
      5_000,
      [
        ['jan', 4_000],
        ['feb', 1_000],
      ],
      0,
    ],
    [
      'settles everything exactly',
      20_000,
      [
        ['jan', 4_000],
        ['feb', 6_000],
        ['mar', 10_000],
      ],
      0,
    ],
    [
      'keeps what is left as an overpayment',
      25_000,
      [
        ['jan', 4_000],
        ['feb', 6_000],
        ['mar', 10_000],
      ],
      5_000,
    ],
    ['pays part of the oldest', 1, [['jan', 1]], 0],
  ] as const)('%s', (_name, amount, expected, overpayment) => {
    expect(allocatePayment(amount, invoices)).toEqual({
      ok: true,
      allocations: expected.map(([invoiceId, amountMinor]) => ({ invoiceId, amountMinor })),
      overpaymentMinor: overpayment,
    });
  });

  it('breaks a tie on due date by issue date, then by number', () => {
    const sameDay = [
      { ...open('b', 9, '2026-05-01', 100), issuedOn: '2026-04-20' },
      { ...open('c', 8, '2026-05-01', 100), issuedOn: '2026-04-20' },
      { ...open('a', 10, '2026-05-01', 100), issuedOn: '2026-04-10' },
    ];
    const result = allocatePayment(300, sameDay);
    expect(result.ok && result.allocations.map((allocation) => allocation.invoiceId)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });

  it('pays only the invoices chosen, in the order chosen, and keeps the rest as credit', () => {
    expect(
      allocatePayment(12_000, invoices, [{ invoiceId: 'mar' }, { invoiceId: 'jan', amountMinor: 1_000 }]),
    ).toEqual({
      ok: true,
      allocations: [
        { invoiceId: 'mar', amountMinor: 10_000 },
        { invoiceId: 'jan', amountMinor: 1_000 },
      ],
      overpaymentMinor: 1_000,
    });
  });

  it('skips invoices with nothing outstanding', () => {
    const result = allocatePayment(500, [
      open('paid', 1, '2026-01-01', 0),
      open('due', 2, '2026-02-01', 800),
    ]);
    expect(result).toEqual({
      ok: true,
      allocations: [{ invoiceId: 'due', amountMinor: 500 }],
      overpaymentMinor: 0,
    });
  });

  it.each([
    ['a zero payment', 0, undefined, 'invalid_amount'],
    ['a negative payment', -100, undefined, 'invalid_amount'],
    ['a fraction of a cent', 99.5, undefined, 'invalid_amount'],
    ['NaN', Number.NaN, undefined, 'invalid_amount'],
    ['an unknown invoice', 100, [{ invoiceId: 'dec' }], 'invalid_allocation'],
    ['an invoice chosen twice', 100, [{ invoiceId: 'jan' }, { invoiceId: 'jan' }], 'invalid_allocation'],
    ['a share above what is outstanding', 100, [{ invoiceId: 'jan', amountMinor: 4_001 }], 'over_allocated'],
    ['a zero share', 100, [{ invoiceId: 'jan', amountMinor: 0 }], 'invalid_amount'],
  ] as const)('refuses %s', (_name, amount, chosen, code) => {
    expect(allocatePayment(amount, invoices, chosen)).toMatchObject({ ok: false, code });
  });

  it('refuses an open invoice with an impossible outstanding amount', () => {
    expect(allocatePayment(100, [open('x', 1, '2026-01-01', -5)])).toMatchObject({
      ok: false,
      code: 'invalid_amount',
    });
  });
});

describe('allocatePayment properties', () => {
  const day = fc
    .integer({ min: 0, max: 400 })
    .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  const openInvoices = fc
    .array(fc.record({ dueOn: day, outstandingMinor: fc.integer({ min: 0, max: 1_000_000 }) }), {
      maxLength: 12,
    })
    .map((rows) =>
      rows.map((row, index) => ({ id: `inv-${index}`, number: index + 1, issuedOn: row.dueOn, ...row })),
    );
  const payment = fc.integer({ min: 1, max: 5_000_000 });

  it('never allocates more than is outstanding, and allocations + overpayment = the payment', () => {
    fc.assert(
      fc.property(openInvoices, payment, (invoices, amount) => {
        const result = allocatePayment(amount, invoices);
        if (!result.ok) throw new Error(result.message);
        const outstanding = new Map(invoices.map((invoice) => [invoice.id, invoice.outstandingMinor]));
        for (const allocation of result.allocations) {
          expect(allocation.amountMinor).toBeGreaterThan(0);
          expect(allocation.amountMinor).toBeLessThanOrEqual(outstanding.get(allocation.invoiceId) ?? 0);
        }
        const allocated = result.allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
        expect(allocated + result.overpaymentMinor).toBe(amount);
        // Money stays unallocated only when every invoice is settled.
        const totalOutstanding = invoices.reduce((sum, invoice) => sum + invoice.outstandingMinor, 0);
        expect(result.overpaymentMinor).toBe(Math.max(0, amount - totalOutstanding));
      }),
    );
  });

  it('pays an invoice only once every invoice due before it is settled', () => {
    fc.assert(
      fc.property(openInvoices, payment, (invoices, amount) => {
        const result = allocatePayment(amount, invoices);
        if (!result.ok) throw new Error(result.message);
        const paid = new Map(
          result.allocations.map((allocation) => [allocation.invoiceId, allocation.amountMinor]),
        );
        for (const later of invoices) {
          if (!paid.has(later.id)) continue;
          for (const earlier of invoices) {
            if (earlier.dueOn < later.dueOn) expect(paid.get(earlier.id) ?? 0).toBe(earlier.outstandingMinor);
          }
        }
      }),
    );
  });

  it('keeps a chosen allocation within each share and the payment', () => {
    fc.assert(
      fc.property(openInvoices, payment, fc.array(fc.nat(), { maxLength: 12 }), (invoices, amount, picks) => {
        const openOnes = invoices.filter((invoice) => invoice.outstandingMinor > 0);
        const chosen = [...new Set(picks.map((pick) => openOnes[pick % Math.max(openOnes.length, 1)]))]
          .filter((invoice) => invoice !== undefined)
          .map((invoice) => ({
            invoiceId: invoice.id,
            amountMinor: Math.ceil(invoice.outstandingMinor / 2),
          }));
        const result = allocatePayment(amount, invoices, chosen);
        if (!result.ok) throw new Error(result.message);
        const shares = new Map(chosen.map((choice) => [choice.invoiceId, choice.amountMinor]));
        for (const allocation of result.allocations) {
          expect(allocation.amountMinor).toBeLessThanOrEqual(shares.get(allocation.invoiceId) ?? 0);
        }
        const allocated = result.allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
        expect(allocated + result.overpaymentMinor).toBe(amount);
      }),
    );
  });
});
