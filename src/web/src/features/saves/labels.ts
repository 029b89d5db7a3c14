import { formatBasisPoints } from '../../../../core/money/percent-of.ts';
import type { OfferKind, SaveCaseStatus, SaveOffer } from '../../api/saves-types.ts';
import { formatCalendarDate, formatMoney } from '../../lib/format.ts';

export const OFFER_LABELS: Record<OfferKind, string> = {
  holiday: 'Payment holiday',
  reduction: 'Temporary reduction',
  downgrade: 'Downgrade',
  pause: 'Pause',
};

/** What each offer does, in one line, for the tabs and the figures. */
export const OFFER_BLURBS: Record<OfferKind, string> = {
  holiday: 'No billing for a while; the skipped periods are added at the end.',
  reduction: 'A share off for a few periods, then billing returns to normal by itself.',
  downgrade: 'A cheaper plan from a period on.',
  pause: 'Service and billing stop, and both resume on a date.',
};

export const STATUS_LABELS: Record<SaveCaseStatus, string> = {
  open: 'Open',
  saved: 'Saved',
  downgraded: 'Downgraded',
  paused: 'Paused',
  cancelled: 'Cancelled',
};

export const STATUS_TONES: Record<SaveCaseStatus, string> = {
  open: 'badge-open',
  saved: 'badge-success',
  downgraded: 'badge-prospect',
  paused: 'badge-paused',
  cancelled: 'badge-cancelled',
};

export const STATUS_OPTIONS = Object.entries(STATUS_LABELS) as [SaveCaseStatus, string][];

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const periodsOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * "50% off for 3 months", "Payment holiday of 3 months", "Downgrade to Lite at €60.00":
 * an offer's terms in words. `noun` is the agreement's period ("month").
 */
export function offerTermsLabel(offer: Pick<SaveOffer, 'kind' | 'terms'>, currency: string, noun = 'period') {
  const { terms } = offer;
  switch (offer.kind) {
    case 'holiday':
      return `Payment holiday of ${periodsOf(num(terms.periods), noun)}`;
    case 'reduction':
      return `${formatBasisPoints(num(terms.basisPoints))} off for ${periodsOf(num(terms.periods), noun)}`;
    case 'downgrade':
      return `Downgrade to ${String(terms.planName ?? 'a cheaper plan')} at ${formatMoney(num(terms.priceMinor), currency)}`;
    case 'pause':
      return `Pause of ${periodsOf(num(terms.periods), noun)}`;
  }
}

/** "from 24 May 2027 · billing returns to normal on 24 Aug 2027" */
export function offerDatesLabel(offer: Pick<SaveOffer, 'startsOn' | 'returnsOn'>): string {
  const from = `from ${formatCalendarDate(offer.startsOn)}`;
  return offer.returnsOn
    ? `${from} · billing returns to normal on ${formatCalendarDate(offer.returnsOn)}`
    : from;
}

/** Basis points as a percentage for figures: 6667 → "66.7%", null → "—". */
export function formatRate(basisPoints: number | null): string {
  if (basisPoints === null) return '—';
  const tenths = Math.round(basisPoints / 10);
  return `${Math.trunc(tenths / 10)}${tenths % 10 ? `.${tenths % 10}` : ''}%`;
}
