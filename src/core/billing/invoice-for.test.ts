import { describe, expect, it } from 'vitest';
import { findCurrency } from '../money/currencies.ts';
import { formatMinor } from '../money/format-minor.ts';
import type { Invoice, PeriodBill } from './invoice.ts';
import { invoiceFor } from './invoice-for.ts';
import { schedule } from './schedule.ts';
import {
  agreement,
  cancellation,
  credit,
  fixedTerm,
  freePeriod,
  holiday,
  pause,
  priceChange,
  reduction,
} from './test-factories.ts';

function invoice(bill: PeriodBill): Invoice {
  if (bill.kind !== 'invoice') throw new Error(`expected an invoice, got ${bill.reason}`);
  return bill;
}
const lineKinds = (bill: PeriodBill) => invoice(bill).lines.map((l) => [l.kind, l.amountMinor]);
const totals = (bills: PeriodBill[]) => bills.map((b) => (b.kind === 'invoice' ? b.totalMinor : b.reason));

describe('invoiceFor', () => {
  it('bills the full price for a plain period, dated on the period start', () => {
    const bill = invoice(invoiceFor(agreement(), [], [], 1));
    expect(bill).toEqual({
      kind: 'invoice',
      period: { index: 1, start: '2026-02-28', end: '2026-03-30' },
      currency: 'EUR',
      lines: [{ kind: 'base', description: 'Monthly fee', amountMinor: 10_000, sourceId: null }],
      totalMinor: 10_000,
      creditsUsed: [],
    });
  });

  it('names the base line after the plan when given a label', () => {
    const bill = invoice(invoiceFor(agreement({ label: 'Coaching — Gold', interval: 'quarter' }), [], [], 0));
    expect(bill.lines[0]?.description).toBe('Coaching — Gold');
    expect(invoice(invoiceFor(agreement({ interval: 'year' }), [], [], 0)).lines[0]?.description).toBe(
      'Yearly fee',
    );
  });

  it('shows a holiday period at full price with the holiday taking it off', () => {
    const bill = invoice(invoiceFor(agreement(), [holiday(2, 3, 'h')], [], 3));
    expect(bill.lines).toEqual([
      { kind: 'base', description: 'Monthly fee', amountMinor: 10_000, sourceId: null },
      {
        kind: 'holiday',
        description: 'Payment holiday (period 2 of 3)',
        amountMinor: -10_000,
        sourceId: 'h',
      },
    ]);
    expect(bill.totalMinor).toBe(0);
  });

  it('takes a reduction off rounded half up to the cent', () => {
    // 12.5 % of 9.99 is 1.24875 → 1.25.
    const bill = invoiceFor(agreement({ priceMinor: 999 }), [reduction(0, 3, 1_250, 'r')], [], 2);
    expect(invoice(bill).lines[1]).toEqual({
      kind: 'discount',
      description: 'Reduction 12.5%',
      amountMinor: -125,
      sourceId: 'r',
    });
    expect(invoice(bill).totalMinor).toBe(874);
    expect(lineKinds(invoiceFor(agreement({ priceMinor: 999 }), [reduction(0, 3, 1_250)], [], 3))).toEqual([
      ['base', 999],
    ]);
  });

  it('handles a currency without minor units (JPY)', () => {
    const yen = agreement({ currency: 'JPY', priceMinor: 1_000 });
    const bill = invoice(invoiceFor(yen, [reduction(0, 1, 3_333)], [], 0));
    expect(bill.lines.map((l) => l.amountMinor)).toEqual([1_000, -333]); // 333.3 yen → 333
    expect(bill.currency).toBe('JPY');
    const jpy = findCurrency('JPY');
    expect(jpy.ok && formatMinor(bill.totalMinor, jpy.currency)).toBe('667');
  });

  it('applies a price change from its period on, the latest one winning', () => {
    const adjustments = [priceChange(2, 8_000, 'down'), priceChange(4, 6_000, 'down-again')];
    expect(totals(schedule(agreement(), adjustments, [], 0, 6))).toEqual([
      10_000, 10_000, 8_000, 8_000, 6_000, 6_000,
    ]);
    // Two changes from the same period: the greater id wins, whatever the input order.
    const tied = [priceChange(1, 7_000, 'b'), priceChange(1, 5_000, 'a')];
    expect(invoice(invoiceFor(agreement(), tied, [], 1)).totalMinor).toBe(7_000);
    expect(invoice(invoiceFor(agreement(), [...tied].reverse(), [], 1)).totalMinor).toBe(7_000);
  });

  it('gives no invoice for a paused, cancelled or ended period', () => {
    const adjustments = [pause(1, 2, 'p'), cancellation(5, 'c')];
    const bills = schedule(fixedTerm(6), adjustments, [], 0, 9);
    expect(bills.map((b) => (b.kind === 'none' ? [b.reason, b.sourceId] : b.totalMinor))).toEqual([
      10_000,
      ['paused', 'p'],
      ['paused', 'p'],
      10_000,
      10_000,
      ['cancelled', 'c'],
      ['cancelled', 'c'],
      ['cancelled', 'c'],
      ['after_end', null], // 6 periods + 2 paused = 8
    ]);
  });

  it('refuses invalid input and a negative period', () => {
    expect(() => invoiceFor(agreement({ priceMinor: 1.5 }), [], [], 0)).toThrow(RangeError);
    expect(() => invoiceFor(agreement({ currency: 'XYZ' }), [], [], 0)).toThrow(/currency/);
    expect(() => invoiceFor(agreement(), [reduction(0, 1, 0)], [], 0)).toThrow(RangeError);
    expect(() => invoiceFor(agreement(), [], [credit(100), credit(50)], 0)).toThrow(/unique/);
    expect(() => invoiceFor(agreement(), [], [], -1)).toThrow(RangeError);
  });
});

describe('the overlap rule', () => {
  it('does not stack reductions: the largest covering a period applies', () => {
    const adjustments = [reduction(0, 4, 2_000, 'twenty'), reduction(2, 4, 3_000, 'thirty')];
    const bills = schedule(agreement(), adjustments, [], 0, 7);
    expect(bills.map((b) => invoice(b).lines[1]?.sourceId ?? null)).toEqual([
      'twenty',
      'twenty',
      'thirty',
      'thirty',
      'thirty',
      'thirty',
      null,
    ]);
    expect(totals(bills)).toEqual([8_000, 8_000, 7_000, 7_000, 7_000, 7_000, 10_000]);
  });

  it('breaks a tie between equal reductions by start, then id', () => {
    const adjustments = [
      reduction(1, 3, 2_000, 'b'),
      reduction(1, 3, 2_000, 'a'),
      reduction(0, 3, 2_000, 'z'),
    ];
    expect(invoice(invoiceFor(agreement(), adjustments, [], 2)).lines[1]?.sourceId).toBe('z');
    expect(invoice(invoiceFor(agreement(), adjustments, [], 3)).lines[1]?.sourceId).toBe('a');
  });

  it('lets a holiday win over a reduction, and a pause over a holiday', () => {
    const adjustments = [reduction(0, 6, 5_000), holiday(1, 2, 'h'), pause(2, 1, 'p')];
    const bills = schedule(agreement(), adjustments, [], 0, 4);
    expect(bills.map((b) => (b.kind === 'none' ? b.reason : b.lines.map((l) => l.kind).join('+')))).toEqual([
      'base+discount',
      'base+holiday',
      'paused',
      'base+discount',
    ]);
  });

  it('puts a free period on the first period that would cost something', () => {
    const adjustments = [
      holiday(1, 2),
      pause(3, 1),
      reduction(4, 1, 10_000), // 100 % off: nothing left to make free
      freePeriod(1, 'referral-1'),
      freePeriod(1, 'referral-2'),
    ];
    const bills = schedule(agreement(), adjustments, [], 0, 8);
    expect(
      bills.map((b) => (b.kind === 'invoice' ? (b.lines[1]?.sourceId ?? b.totalMinor) : b.reason)),
    ).toEqual([10_000, 'holiday', 'holiday', 'paused', 'reduction', 'referral-1', 'referral-2', 10_000]);
    expect(invoice(bills[5] as PeriodBill).lines[1]).toMatchObject({
      kind: 'free_period',
      amountMinor: -10_000,
    });
  });

  it('lets a free period fall away when the agreement ends first', () => {
    // Three periods plus one on holiday: periods 0–3; the reward from period 4 is too late.
    const bills = schedule(fixedTerm(3), [holiday(1, 1), freePeriod(4)], [], 0, 5);
    expect(totals(bills)).toEqual([10_000, 0, 10_000, 10_000, 'after_end']);
  });
});

describe('credits', () => {
  it('are spent once, the remainder carried to the next invoice', () => {
    const bills = schedule(agreement(), [], [credit(25_000, 1, 'goodwill')], 0, 5);
    expect(totals(bills)).toEqual([10_000, 0, 0, 5_000, 10_000]);
    expect(bills.map((b) => invoice(b).creditsUsed)).toEqual([
      [],
      [{ creditId: 'goodwill', amountMinor: 10_000 }],
      [{ creditId: 'goodwill', amountMinor: 10_000 }],
      [{ creditId: 'goodwill', amountMinor: 5_000 }],
      [],
    ]);
  });

  it('start from what stored invoices already used, and skip invoices at zero', () => {
    const bills = schedule(agreement(), [holiday(0, 2)], [credit(15_000, 0, 'c', 12_000)], 0, 4);
    expect(totals(bills)).toEqual([0, 0, 7_000, 10_000]);
    expect(lineKinds(bills[0] as PeriodBill)).toEqual([
      ['base', 10_000],
      ['holiday', -10_000],
    ]);
  });

  it('are spent earliest-usable first, then by id', () => {
    const byId = invoice(invoiceFor(agreement(), [], [credit(3_000, 0, 'b'), credit(8_000, 0, 'a')], 0));
    expect(byId.creditsUsed).toEqual([
      { creditId: 'a', amountMinor: 8_000 },
      { creditId: 'b', amountMinor: 2_000 },
    ]);
    expect(byId.totalMinor).toBe(0);
    const byStart = invoice(invoiceFor(agreement(), [], [credit(6_000, 1, 'a'), credit(6_000, 0, 'z')], 1));
    expect(byStart.creditsUsed.map((u) => u.creditId)).toEqual(['z', 'a']);
  });

  it('are not used by invoiceFor before their period', () => {
    expect(invoice(invoiceFor(agreement(), [], [credit(500, 3)], 2)).totalMinor).toBe(10_000);
  });
});
