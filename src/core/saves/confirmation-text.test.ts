import { describe, expect, it } from 'vitest';
import type { BillingAgreement } from '../billing/agreement.ts';
import { effectiveTermEnd, type PeriodBill, schedule } from '../billing/index.ts';
import { fixedTerm, agreement as openAgreement } from '../billing/test-factories.ts';
import { type ConfirmationPeriod, confirmationText } from './confirmation-text.ts';
import { offerAdjustment, type SaveOffer } from './offer.ts';

function confirm(agreement: BillingAgreement, offer: SaveOffer, previousPriceMinor = agreement.priceMinor) {
  const adjustments = [offerAdjustment(offer, 'offer')];
  const periods: ConfirmationPeriod[] = schedule(agreement, adjustments, [], offer.fromPeriod, 14).map(
    (bill: PeriodBill) => ({
      periodIndex: bill.period.index,
      start: bill.period.start,
      outcome: bill.kind === 'invoice' ? 'invoice' : bill.reason,
      totalMinor: bill.kind === 'invoice' ? bill.totalMinor : 0,
      lines: bill.kind === 'invoice' ? bill.lines : [],
    }),
  );
  const term = effectiveTermEnd(agreement, adjustments);
  return confirmationText({
    offer,
    currency: agreement.currency,
    interval: agreement.interval,
    periods,
    endDate: term.endDate,
    commitmentEndDate: term.commitmentEndDate,
    previousPriceMinor,
  });
}

describe('confirmationText', () => {
  const twoYears = fixedTerm(24, { startDate: '2026-05-24', priceMinor: 12_000 });

  it('says which invoices a holiday covers, when billing resumes and at what, and the new end', () => {
    expect(confirm(twoYears, { kind: 'holiday', fromPeriod: 9, periods: 3 })).toBe(
      'Your payment holiday covers the invoices of 24 Feb, 24 Mar and 24 Apr 2027; ' +
        'billing resumes on 24 May 2027 at €120.00; in return your agreement now runs to 23 Aug 2028.',
    );
  });

  it('gives the commitment for an open-ended agreement, and each year once across a new year', () => {
    const open = openAgreement({ startDate: '2026-01-15', priceMinor: 9_900, currency: 'USD' });
    expect(confirm(open, { kind: 'holiday', fromPeriod: 11, periods: 2 })).toBe(
      'Your payment holiday covers the invoices of 15 Dec 2026 and 15 Jan 2027; ' +
        'billing resumes on 15 Feb 2027 at $99.00; in return you have agreed to continue through 14 Apr 2027.',
    );
  });

  it('states a reduction with the amounts before and after, and the return to full price', () => {
    expect(confirm(twoYears, { kind: 'reduction', fromPeriod: 9, periods: 3, basisPoints: 5_000 })).toBe(
      'Your 50% reduction applies to the invoices of 24 Feb, 24 Mar and 24 Apr 2027: €60.00 instead of €120.00 each; ' +
        'billing returns to the full price on 24 May 2027 (€120.00).',
    );
  });

  it('states a downgrade and a pause', () => {
    expect(
      confirm(twoYears, {
        kind: 'downgrade',
        fromPeriod: 9,
        planId: 'p',
        planName: 'Starter',
        priceMinor: 8_000,
      }),
    ).toBe('From 24 Feb 2027 your plan is Starter at €80.00 a month instead of €120.00.');
    expect(confirm(twoYears, { kind: 'pause', fromPeriod: 9, periods: 2 })).toBe(
      'Your service and billing are paused from 24 Feb 2027; both resume on 24 Apr 2027 at €120.00; ' +
        'your agreement now runs to 23 Jul 2028.',
    );
  });

  it('says when the agreement ends instead of resuming, for a window reaching the end of the term', () => {
    const short = fixedTerm(3, { startDate: '2026-01-01', priceMinor: 5_000 });
    expect(confirm(short, { kind: 'reduction', fromPeriod: 1, periods: 2, basisPoints: 1_000 })).toBe(
      'Your 10% reduction applies to the invoices of 1 Feb and 1 Mar 2026: €45.00 instead of €50.00 each; ' +
        'your agreement ends on the last day before 1 Apr 2026.',
    );
  });
});
