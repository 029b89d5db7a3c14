// The billing effect of each offer, from the billing core itself: what the issue promises
// the client ("term end moved by N, total billed unchanged", "full price by itself").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveTermEnd, type Invoice, type PeriodBill, schedule } from '../billing/index.ts';
import { agreementArb, fixedTerm, holiday as holidayAdj } from '../billing/test-factories.ts';
import { percentOf } from '../money/percent-of.ts';
import { holidayPosition } from './holiday-position.ts';
import { offerAdjustment, offerDates, type SaveOffer } from './offer.ts';
import { effectHorizon, revenueSpan } from './revenue-effect.ts';

const total = (bills: readonly PeriodBill[]) =>
  bills.reduce((sum, bill) => sum + (bill.kind === 'invoice' ? bill.totalMinor : 0), 0);
const isInvoice = (bill: PeriodBill | undefined): bill is Invoice => bill?.kind === 'invoice';

describe('a payment holiday of N periods', () => {
  it('on a fixed term: N zero invoices, the end moved by N periods, the life total unchanged', () => {
    fc.assert(
      fc.property(
        agreementArb('fixed'),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(40),
        (agreement, periods, fromSeed) => {
          const term = effectiveTermEnd(agreement, []).periodCount ?? 0;
          const fromPeriod = fromSeed % term;
          const offer: SaveOffer = { kind: 'holiday', fromPeriod, periods };
          const adjustment = offerAdjustment(offer, 'h');
          const before = schedule(agreement, [], [], 0, term + periods);
          const after = schedule(agreement, [adjustment], [], 0, term + periods);
          expect(total(after)).toBe(total(before));
          expect(effectiveTermEnd(agreement, [adjustment]).periodCount).toBe(term + periods);
          for (let i = fromPeriod; i < fromPeriod + periods; i++) {
            const bill = after[i];
            expect(isInvoice(bill) && bill.totalMinor === 0 && bill.lines[1]?.kind === 'holiday').toBe(true);
          }
          // The comparison spans the moved end, so the preview shows the value deferred, not lost.
          const horizon = effectHorizon(agreement, [], [adjustment], fromPeriod, 12);
          const totals = (bills: PeriodBill[]) =>
            bills.map((bill) => ({ totalMinor: bill.kind === 'invoice' ? bill.totalMinor : 0 }));
          const span = revenueSpan(
            totals(schedule(agreement, [], [], fromPeriod, horizon)),
            totals(schedule(agreement, [adjustment], [], fromPeriod, horizon)),
            horizon,
          );
          expect(span.differenceMinor).toBe(0);
        },
      ),
    );
  });

  it('defers exactly the skipped value, recovered in full once every extension period is paid', () => {
    fc.assert(
      fc.property(
        agreementArb('any'),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(10),
        (agreement, periods, from) => {
          const term = effectiveTermEnd(agreement, []).periodCount;
          const fromPeriod = term === null ? from : from % term;
          const adjustments = [holidayAdj(fromPeriod, periods, 'h')];
          const everything = 2_000;
          const none = holidayPosition(agreement, adjustments, 'h', everything, new Set());
          const all = holidayPosition(
            agreement,
            adjustments,
            'h',
            everything,
            new Set(Array.from({ length: everything }, (_, i) => i)),
          );
          const skipped = schedule(agreement, adjustments, [], fromPeriod, periods)
            .filter(isInvoice)
            .filter((bill) => term === null || bill.period.index < term)
            .reduce((sum, bill) => sum + (bill.lines[0]?.amountMinor ?? 0), 0);
          expect(none).toMatchObject({ deferredMinor: skipped, recoveredMinor: 0 });
          expect(all).toMatchObject({
            deferredMinor: skipped,
            recoveredMinor: skipped,
            extensionPeriodsLeft: 0,
          });
          // Before the holiday is reached nothing is deferred yet.
          expect(holidayPosition(agreement, adjustments, 'h', fromPeriod, new Set())?.deferredMinor).toBe(0);
        },
      ),
    );
  });
});

describe('a reduction of p % for M periods', () => {
  it('changes exactly M invoices, each by p % of its price, then billing returns to full price', () => {
    fc.assert(
      fc.property(
        agreementArb('open'),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(12),
        (agreement, basisPoints, periods, fromPeriod) => {
          const offer: SaveOffer = { kind: 'reduction', fromPeriod, periods, basisPoints };
          const count = fromPeriod + periods + 6;
          const before = schedule(agreement, [], [], 0, count);
          const after = schedule(agreement, [offerAdjustment(offer, 'r')], [], 0, count);
          const changed = after.filter((bill, i) => JSON.stringify(bill) !== JSON.stringify(before[i]));
          expect(changed.map((bill) => bill.period.index)).toEqual(
            Array.from({ length: periods }, (_, i) => fromPeriod + i),
          );
          for (const bill of changed) {
            const full = before[bill.period.index];
            if (!isInvoice(bill) || !isInvoice(full)) throw new Error('expected invoices');
            expect(full.totalMinor - bill.totalMinor).toBe(percentOf(agreement.priceMinor, basisPoints));
          }
          expect(after.slice(fromPeriod + periods)).toEqual(before.slice(fromPeriod + periods));
        },
      ),
    );
  });
});

describe('offerDates', () => {
  it('gives the first day, the last day and the day billing returns', () => {
    const agreement = fixedTerm(24, { startDate: '2026-05-24' });
    expect(offerDates(agreement, { kind: 'holiday', fromPeriod: 9, periods: 3 })).toEqual({
      startsOn: '2027-02-24',
      endsOn: '2027-05-23',
      returnsOn: '2027-05-24',
      endPeriod: 12,
    });
    expect(
      offerDates(agreement, {
        kind: 'downgrade',
        fromPeriod: 2,
        planId: 'p',
        planName: 'Lite',
        priceMinor: 1,
      }),
    ).toEqual({ startsOn: '2026-07-24', endsOn: null, returnsOn: null, endPeriod: null });
  });
});
