import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '../money/format-minor.ts';
import { percentOf } from '../money/percent-of.ts';
import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import type { Credit } from './credits.ts';
import { deferredBalance } from './deferred-balance.ts';
import { effectiveTermEnd } from './effective-term.ts';
import type { Invoice, PeriodBill } from './invoice.ts';
import { invoiceFor } from './invoice-for.ts';
import { periodStart } from './periods.ts';
import { periodsDueThrough } from './periods-due.ts';
import { schedule } from './schedule.ts';
import { adjustmentsArb, agreementArb, creditsArb, holiday, pause, reduction } from './test-factories.ts';
import { validateAdjustment } from './validate-adjustment.ts';

const RUNS = { numRuns: 300 };

/** Enough periods to see the whole agreement and a little past it. */
function horizon(agreement: BillingAgreement, adjustments: readonly Adjustment[]): number {
  const term = effectiveTermEnd(agreement, adjustments);
  return Math.max(term.periodCount ?? 0, term.commitmentPeriodCount ?? 0, agreement.termEnd ? 0 : 100) + 3;
}
const invoices = (bills: PeriodBill[]) => bills.filter((b): b is Invoice => b.kind === 'invoice');
const totalBilled = (bills: PeriodBill[]) => invoices(bills).reduce((sum, b) => sum + b.totalMinor, 0);
const overlaps = (a: { fromPeriod: number; periods: number }, b: { fromPeriod: number; periods: number }) =>
  a.fromPeriod < b.fromPeriod + b.periods && b.fromPeriod < a.fromPeriod + a.periods;
/** Credits as a billing run would reload them after `bills` were stored. */
function creditsAfter(credits: readonly Credit[], bills: PeriodBill[]): Credit[] {
  return credits.map((c) => ({
    ...c,
    usedMinor:
      c.usedMinor +
      invoices(bills)
        .flatMap((b) => b.creditsUsed)
        .filter((u) => u.creditId === c.id)
        .reduce((sum, u) => sum + u.amountMinor, 0),
  }));
}

/** Whether each adjustment would have been accepted after the ones before it. */
function isValidSequence(agreement: BillingAgreement, adjustments: readonly Adjustment[]): boolean {
  return adjustments.every((a, i) => validateAdjustment(agreement, adjustments.slice(0, i), a).length === 0);
}

const anything = fc.record({
  agreement: agreementArb(),
  adjustments: adjustmentsArb(),
  credits: creditsArb(),
});

describe('billing invariants', () => {
  it('never bills a negative invoice, and every invoice adds up', () => {
    fc.assert(
      fc.property(anything, ({ agreement, adjustments, credits }) => {
        for (const bill of invoices(
          schedule(agreement, adjustments, credits, 0, horizon(agreement, adjustments)),
        )) {
          expect(bill.totalMinor).toBeGreaterThanOrEqual(0);
          expect(bill.lines.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(bill.totalMinor);
          const [base, ...rest] = bill.lines;
          expect(base?.kind).toBe('base');
          expect(base?.amountMinor).toBeGreaterThanOrEqual(0);
          // Everything after the base takes off (a discount rounding to nothing still shows, at 0).
          for (const line of rest) expect(line.amountMinor).toBeLessThanOrEqual(0);
          for (const line of bill.lines) expect(Number.isSafeInteger(line.amountMinor)).toBe(true);
          expect(bill.currency).toBe(agreement.currency);
        }
      }),
      RUNS,
    );
  });

  it('moves a fixed term by N periods for a holiday of N, and bills the same in total', () => {
    const setup = fc
      .record({
        agreement: agreementArb('fixed'),
        pauses: fc.array(fc.record({ fromPeriod: fc.nat(40), periods: fc.integer({ min: 1, max: 4 }) }), {
          maxLength: 2,
        }),
        holiday: fc.record({ fromPeriod: fc.nat(40), periods: fc.integer({ min: 1, max: 6 }) }),
      })
      .filter(({ pauses, holiday }) => pauses.every((p) => !overlaps(p, holiday)));
    fc.assert(
      fc.property(setup, (s) => {
        const before = s.pauses.map((p, i) => pause(p.fromPeriod, p.periods, `p${i}`));
        fc.pre(isValidSequence(s.agreement, before)); // each pause agreed while the agreement ran
        const termBefore = effectiveTermEnd(s.agreement, before).periodCount ?? 0;
        fc.pre(s.holiday.fromPeriod < termBefore); // a holiday starts inside the agreement
        const after = [...before, holiday(s.holiday.fromPeriod, s.holiday.periods, 'h')];
        const termAfter = effectiveTermEnd(s.agreement, after);
        expect(termAfter.periodCount).toBe(termBefore + s.holiday.periods);
        expect(termAfter.commitmentPeriodCount).toBe(termAfter.periodCount);
        const length = termAfter.periodCount ?? 0;
        expect(totalBilled(schedule(s.agreement, after, [], 0, length + 2))).toBe(
          totalBilled(schedule(s.agreement, before, [], 0, length + 2)),
        );
      }),
      RUNS,
    );
  });

  it('commits an open-ended agreement to N paid periods after a holiday of N, billing the same by then', () => {
    const setup = fc.record({
      agreement: agreementArb('open'),
      from: fc.nat(30),
      periods: fc.integer({ min: 1, max: 8 }),
      pauseAt: fc.nat(30),
    });
    fc.assert(
      fc.property(setup, ({ agreement, from, periods, pauseAt }) => {
        // A pause before the holiday, if there is room for one, must not change the rule.
        const before = pauseAt < from ? [pause(pauseAt, from - pauseAt, 'p')] : [];
        const after = [...before, holiday(from, periods, 'h')];
        expect(effectiveTermEnd(agreement, after).commitmentPeriodCount).toBe(from + 2 * periods);
        expect(totalBilled(schedule(agreement, after, [], 0, from + 2 * periods))).toBe(
          totalBilled(schedule(agreement, before, [], 0, from + periods)),
        );
      }),
      RUNS,
    );
  });

  it('changes exactly M invoices for a reduction of p% over M periods, each by p% of its price rounded half up', () => {
    const setup = fc.record({
      agreement: agreementArb(),
      others: adjustmentsArb(4),
      reduction: fc.record({
        fromPeriod: fc.nat(30),
        periods: fc.integer({ min: 1, max: 8 }),
        basisPoints: fc.integer({ min: 1, max: 10_000 }),
      }),
    });
    fc.assert(
      fc.property(setup, (s) => {
        // Other offers stay off the reduction's periods (the overlap rule is tested apart).
        const others = s.others.filter(
          (a) =>
            a.kind === 'price_change' ||
            ((a.kind === 'payment_holiday' || a.kind === 'pause') && !overlaps(a, s.reduction)),
        );
        const end = effectiveTermEnd(s.agreement, others).periodCount;
        fc.pre(end === null || s.reduction.fromPeriod + s.reduction.periods <= end);
        const r = reduction(s.reduction.fromPeriod, s.reduction.periods, s.reduction.basisPoints, 'r');
        const count = horizon(s.agreement, others);
        const without = schedule(s.agreement, others, [], 0, count);
        const withIt = schedule(s.agreement, [...others, r], [], 0, count);
        const discounted: number[] = [];
        without.forEach((plain, index) => {
          const reduced = withIt[index] as PeriodBill;
          if (reduced.kind === 'invoice' && reduced.lines.some((l) => l.kind === 'discount')) {
            discounted.push(index);
            const price = reduced.lines[0]?.amountMinor ?? 0;
            expect(plain.kind === 'invoice' && plain.totalMinor - reduced.totalMinor).toBe(
              percentOf(price, r.basisPoints),
            );
            expect(reduced.lines[1]?.amountMinor).toBe(-percentOf(price, r.basisPoints) || 0);
          } else {
            expect(reduced).toEqual(plain);
          }
        });
        expect(discounted).toEqual(Array.from({ length: r.periods }, (_, i) => r.fromPeriod + i));
      }),
      RUNS,
    );
  });

  it('spends each credit at most once, fully before giving up, never before its period', () => {
    fc.assert(
      fc.property(anything, ({ agreement, adjustments, credits }) => {
        const bills = invoices(schedule(agreement, adjustments, credits, 0, horizon(agreement, adjustments)));
        for (const c of credits) {
          const uses = bills.flatMap((b) =>
            b.creditsUsed.filter((u) => u.creditId === c.id).map((u) => ({ b, u })),
          );
          const spent = uses.reduce((sum, { u }) => sum + u.amountMinor, 0);
          expect(spent).toBeLessThanOrEqual(c.amountMinor - c.usedMinor);
          for (const { b, u } of uses) {
            expect(b.period.index).toBeGreaterThanOrEqual(c.fromPeriod);
            expect(u.amountMinor).toBeGreaterThan(0);
          }
          // Money left on a credit means no later invoice had anything left to pay.
          if (spent < c.amountMinor - c.usedMinor) {
            for (const b of bills) if (b.period.index >= c.fromPeriod) expect(b.totalMinor).toBe(0);
          }
        }
        for (const b of bills) {
          const ids = b.creditsUsed.map((u) => u.creditId);
          expect(new Set(ids).size).toBe(ids.length);
          const lines = b.lines.filter((l) => l.kind === 'credit').map((l) => [l.sourceId, -l.amountMinor]);
          expect(lines).toEqual(b.creditsUsed.map((u) => [u.creditId, u.amountMinor]));
        }
      }),
      RUNS,
    );
  });

  it('bills the same when a run stops and resumes from the credit use it stored', () => {
    fc.assert(
      fc.property(anything, fc.nat(60), ({ agreement, adjustments, credits }, split) => {
        const count = horizon(agreement, adjustments);
        const cut = Math.min(split, count);
        const whole = schedule(agreement, adjustments, credits, 0, count);
        const first = schedule(agreement, adjustments, credits, 0, cut);
        const rest = schedule(agreement, adjustments, creditsAfter(credits, first), cut, count - cut);
        expect([...first, ...rest]).toEqual(whole);
        const last = whole[cut];
        if (last) {
          expect(invoiceFor(agreement, adjustments, creditsAfter(credits, first), cut)).toEqual(last);
        }
      }),
      RUNS,
    );
  });

  it('gives the same invoices for the same inputs, in any order', () => {
    const shuffled = anything.chain((input) =>
      fc.record({
        input: fc.constant(input),
        adjustments: fc.shuffledSubarray(input.adjustments, {
          minLength: input.adjustments.length,
          maxLength: input.adjustments.length,
        }),
        credits: fc.shuffledSubarray(input.credits, {
          minLength: input.credits.length,
          maxLength: input.credits.length,
        }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ input, adjustments, credits }) => {
        const count = horizon(input.agreement, input.adjustments);
        const once = schedule(input.agreement, input.adjustments, input.credits, 0, count);
        expect(schedule(input.agreement, input.adjustments, input.credits, 0, count)).toEqual(once);
        expect(schedule(input.agreement, adjustments, credits, 0, count)).toEqual(once);
        expect(effectiveTermEnd(input.agreement, adjustments)).toEqual(
          effectiveTermEnd(input.agreement, input.adjustments),
        );
      }),
      RUNS,
    );
  });

  it('lists as due exactly the invoiced periods that have started', () => {
    fc.assert(
      fc.property(anything, fc.nat(60), ({ agreement, adjustments }, upTo) => {
        const count = horizon(agreement, adjustments);
        const through = periodStart(agreement, Math.min(upTo, count));
        const bills = schedule(agreement, adjustments, [], 0, count).filter((b) => b.period.start <= through);
        expect(periodsDueThrough(agreement, adjustments, through)).toEqual(
          invoices(bills).map((b) => b.period.index),
        );
      }),
      RUNS,
    );
  });

  it('pays back every holiday of a fixed term in full periods by its moved end', () => {
    const setup = fc.record({
      agreement: agreementArb('fixed'),
      adjustments: adjustmentsArb(6).map((list) => list.filter((a) => a.kind !== 'cancellation')),
    });
    fc.assert(
      fc.property(setup, ({ agreement, adjustments }) => {
        const bills = schedule(agreement, adjustments, [], 0, horizon(agreement, adjustments));
        for (const h of adjustments.filter((a) => a.kind === 'payment_holiday')) {
          const balance = deferredBalance(agreement, adjustments, h.id, Number.MAX_SAFE_INTEGER);
          expect(balance?.extensionPeriods.length).toBe(balance?.skippedPeriods.length);
          expect(balance?.outstandingMinor).toBe(0);
          for (const index of balance?.extensionPeriods ?? []) {
            const bill = bills[index];
            expect(bill?.kind === 'invoice' && bill.lines.every((l) => l.kind !== 'holiday')).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('bills a currency without minor units (JPY) in whole yen, with the same integer maths', () => {
    fc.assert(
      fc.property(anything, ({ agreement, adjustments, credits }) => {
        const count = horizon(agreement, adjustments);
        const euros = schedule({ ...agreement, currency: 'EUR' }, adjustments, credits, 0, count);
        const yen = schedule({ ...agreement, currency: 'JPY' }, adjustments, credits, 0, count);
        expect(yen.map((b) => (b.kind === 'invoice' ? b.lines : b.reason))).toEqual(
          euros.map((b) => (b.kind === 'invoice' ? b.lines : b.reason)),
        );
        for (const b of invoices(yen)) expect(formatMinor(b.totalMinor, { exponent: 0 })).toMatch(/^\d+$/);
      }),
      { numRuns: 100 },
    );
  });
});
