import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { billPeriod } from './bill-period.ts';
import { planBilling } from './billing-plan.ts';
import { assertCredits, type Credit } from './credits.ts';
import type { PeriodBill } from './invoice.ts';

/**
 * The invoice for period `periodIndex` of an agreement — a pure function of the
 * agreement, its adjustments and its credits (DESIGN.md, Billing rules), for a past,
 * current or future period alike. Credits are taken as they stand (`usedMinor`); to bill
 * or preview several periods in a row, use `schedule`, which carries credit use from one
 * period to the next. Returns `{ kind: 'none' }` for a period with no invoice: paused,
 * cancelled, or past the (effective) end of the term.
 *
 * Throws RangeError on invalid input (validate at the edge with `validateAgreement` and
 * `validateAdjustment`) or a negative period index.
 */
export function invoiceFor(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  credits: readonly Credit[],
  periodIndex: number,
): PeriodBill {
  assertCredits(credits);
  return billPeriod(planBilling(agreement, adjustments), credits, periodIndex);
}
