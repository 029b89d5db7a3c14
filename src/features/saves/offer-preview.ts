import { type Adjustment, effectiveTermEnd, MAX_TERM_PERIODS } from '../../core/billing/index.ts';
import { effectHorizon, revenueSpan } from '../../core/saves/index.ts';
import { previewPeriods } from '../agreements/preview-periods.ts';
import type { BillingInputs } from '../billing-shared/billing-inputs.ts';
import type { OfferPreviewView } from './schemas.ts';

/** The side-by-side preview shows this many invoices (issue: "the next 12 invoices"). */
export const PREVIEW_PERIODS = 12;

/**
 * The next 12 invoices without and with `candidate`, both from the billing core (the
 * same function the billing run applies), and what it does to revenue over those 12
 * periods and through the later of the two ends.
 */
export function buildOfferPreview(
  inputs: BillingInputs,
  candidate: Adjustment,
  fromPeriod: number,
  currency: string,
): OfferPreviewView {
  const withAll = [...inputs.adjustments, candidate];
  const horizon = Math.min(
    MAX_TERM_PERIODS,
    effectHorizon(inputs.agreement, inputs.adjustments, withAll, fromPeriod, PREVIEW_PERIODS),
  );
  const without = previewPeriods(inputs, fromPeriod, horizon);
  const withOffer = previewPeriods(inputs, fromPeriod, horizon, [candidate]);
  const termOf = (adjustments: readonly Adjustment[]) => {
    const term = effectiveTermEnd(inputs.agreement, adjustments);
    return { effectiveEnd: term.endDate, commitmentEnd: term.commitmentEndDate };
  };
  return {
    currency,
    fromPeriod,
    without: without.slice(0, PREVIEW_PERIODS),
    with: withOffer.slice(0, PREVIEW_PERIODS),
    next12: revenueSpan(without, withOffer, PREVIEW_PERIODS),
    throughEnd: revenueSpan(without, withOffer, horizon),
    termWithout: termOf(inputs.adjustments),
    termWith: termOf(withAll),
  };
}
