import type { Adjustment } from '../billing/adjustments.ts';
import type { BillingAgreement } from '../billing/agreement.ts';
import { planBilling, priceAt } from '../billing/billing-plan.ts';

/** The full price per period in effect at `index`: the agreement's, or its latest price change. */
export function basePriceAt(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  index: number,
): number {
  return priceAt(planBilling(agreement, adjustments), index);
}
