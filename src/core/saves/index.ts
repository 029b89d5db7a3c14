/**
 * The save desk's rules (DESIGN.md, capability C "The call"): pure functions, no I/O, no
 * clock. Money is integer minor units; lengths are billing periods of the agreement.
 *
 * - `SavePolicy`, `DEFAULT_SAVE_POLICY`, `savePolicyProblems` — how far staff may go.
 * - `SaveReason`, `DEFAULT_SAVE_REASONS`, `saveReasonProblems` — why clients call.
 * - `SaveOffer` (holiday | reduction | downgrade | pause), `offerAdjustment` — the billing
 *   adjustment an accepted offer becomes; `offerDates` — its first day, last day and the
 *   day billing returns to normal.
 * - `checkOffer(policy, role, offer, { override, existing })` — ok, or the breaches naming
 *   each policy limit; `eligibilityBreaches` — stacking and cooldown.
 * - `effectHorizon`, `revenueSpan` — the side-by-side preview's spans and totals.
 * - `holidayPosition` — a holiday's deferred value so far and what was recovered.
 * - `saveFigures` — save rate overall and by offer.
 * - `confirmationText` — the plain confirmation, with dates and amounts.
 */
export { basePriceAt } from './base-price-at.ts';
export { checkOffer, type OfferCheck, type PolicyBreach, policyBreaches } from './check-offer.ts';
export { type ConfirmationPeriod, confirmationText } from './confirmation-text.ts';
export { eligibilityBreaches } from './eligibility.ts';
export {
  type HolidayBalance,
  type HolidayPosition,
  holidayBalances,
  holidayPosition,
} from './holiday-position.ts';
export {
  isWindowOffer,
  OFFER_KINDS,
  type OfferDates,
  type OfferKind,
  offerAdjustment,
  offerDates,
  type SaveOffer,
} from './offer.ts';
export { formatDay, formatDayList, formatMoney } from './plain-format.ts';
export {
  DEFAULT_SAVE_REASONS,
  MAX_SAVE_REASONS,
  reasonLabel,
  type SaveReason,
  saveReasonProblems,
} from './reasons.ts';
export { effectHorizon, type RevenueSpan, revenueSpan } from './revenue-effect.ts';
export {
  CASE_STATUSES,
  type CaseOutcome,
  type CaseStatus,
  RETAINED_OUTCOMES,
  rateBasisPoints,
  type SaveCaseSummary,
  type SaveFigures,
  saveFigures,
} from './save-figures.ts';
export {
  DEFAULT_SAVE_POLICY,
  DEFERRED_ON_EARLY_CANCEL,
  type DeferredOnEarlyCancel,
  POLICY_LABELS,
  type SavePolicy,
  savePolicyProblems,
} from './save-policy.ts';
