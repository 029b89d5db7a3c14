import type { Adjustment } from '../billing/adjustments.ts';
import { type BillingCalendar, periodOf, periodStart } from '../billing/periods.ts';

/** What the save desk can offer on the call (DESIGN.md, capability C). */
export const OFFER_KINDS = ['holiday', 'reduction', 'downgrade', 'pause'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

interface OfferBase {
  /** The first period the offer changes (period 0 starts on the agreement's start date). */
  fromPeriod: number;
}

/** N periods invoiced at zero, paid back by N more periods at the end (a payment holiday). */
export interface HolidayOffer extends OfferBase {
  kind: 'holiday';
  periods: number;
}

/** `basisPoints` off for `periods` periods; then billing returns to full price by itself. */
export interface ReductionOffer extends OfferBase {
  kind: 'reduction';
  periods: number;
  basisPoints: number;
}

/** A cheaper plan from `fromPeriod` on: its price replaces the agreement's. */
export interface DowngradeOffer extends OfferBase {
  kind: 'downgrade';
  planId: string;
  planName: string;
  priceMinor: number;
}

/** No service and no billing for `periods` periods; both resume on `resumesOn`. */
export interface PauseOffer extends OfferBase {
  kind: 'pause';
  periods: number;
}

export type SaveOffer = HolidayOffer | ReductionOffer | DowngradeOffer | PauseOffer;

/** The offers that cover a run of periods and end by themselves. */
export type WindowOffer = HolidayOffer | ReductionOffer | PauseOffer;

export function isWindowOffer(offer: SaveOffer): offer is WindowOffer {
  return offer.kind !== 'downgrade';
}

/**
 * The billing adjustment an accepted offer becomes — the data the billing run applies.
 * `id` is the adjustment's id (the edge stores it; previews use a placeholder).
 */
export function offerAdjustment(offer: SaveOffer, id: string): Adjustment {
  switch (offer.kind) {
    case 'holiday':
      return { kind: 'payment_holiday', id, fromPeriod: offer.fromPeriod, periods: offer.periods };
    case 'reduction':
      return {
        kind: 'reduction',
        id,
        fromPeriod: offer.fromPeriod,
        periods: offer.periods,
        basisPoints: offer.basisPoints,
      };
    case 'downgrade':
      return { kind: 'price_change', id, fromPeriod: offer.fromPeriod, priceMinor: offer.priceMinor };
    case 'pause':
      return { kind: 'pause', id, fromPeriod: offer.fromPeriod, periods: offer.periods };
    default:
      return unknownOffer(offer);
  }
}

/** When an offer starts and, for a window, its last day and the day billing returns to normal. */
export interface OfferDates {
  /** The first day of the first period the offer changes. */
  startsOn: string;
  /** The last day of the last period it covers; null for a downgrade, which lasts. */
  endsOn: string | null;
  /** The first day of the period after it: "billing returns to normal on …"; null for a downgrade. */
  returnsOn: string | null;
  /** The period after the window (its exclusive end); null for a downgrade. */
  endPeriod: number | null;
}

export function offerDates(calendar: BillingCalendar, offer: SaveOffer): OfferDates {
  const startsOn = periodStart(calendar, offer.fromPeriod);
  if (!isWindowOffer(offer)) return { startsOn, endsOn: null, returnsOn: null, endPeriod: null };
  const endPeriod = offer.fromPeriod + offer.periods;
  return {
    startsOn,
    endsOn: periodOf(calendar, endPeriod - 1).end,
    returnsOn: periodStart(calendar, endPeriod),
    endPeriod,
  };
}

function unknownOffer(offer: never): never {
  throw new RangeError(`Unknown offer kind ${JSON.stringify((offer as SaveOffer).kind)}`);
}
