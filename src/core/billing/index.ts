/**
 * The billing core: pure functions, no I/O, no clock (dates are passed in as
 * 'YYYY-MM-DD'). Money is integer minor units (see `../money`).
 *
 * Inputs
 * - `BillingAgreement` — start date, interval (month | quarter | year), price per period,
 *   currency, term end (last day of a period) or null for open-ended. `validateAgreement`.
 * - `Adjustment` — data with a kind and a validity in period indexes: `payment_holiday`,
 *   `pause`, `reduction`, `price_change`, `free_period`, `cancellation`. The rule for
 *   adjustments covering the same period is written at the top of adjustments.ts.
 *   `validateAdjustment(agreement, existing, candidate)` before storing one.
 * - `Credit` — an amount owed to the client, spent once across invoices.
 *
 * Periods (periods.ts) — period n starts n intervals after the start date, on its day of
 * month clamped to short months; `Period.start` and `.end` are inclusive days. `periodOf`,
 * `periodStart`, `periodIndexOn`, `firstPeriodFrom`, `periodsStartedThrough`,
 * `periodCountThrough`.
 *
 * Bills
 * - `invoiceFor(agreement, adjustments, credits, periodIndex)` → `Invoice | NoInvoice`.
 * - `schedule(agreement, adjustments, credits, fromPeriod, count)` → the same for
 *   consecutive periods, spending credits once. Previews and the billing run both use it.
 * - `periodsDueThrough(agreement, adjustments, date)` → indexes that should be invoiced.
 * - `effectiveTermEnd(agreement, adjustments)` → where billing stops, what is committed.
 * - `deferredBalance(agreement, adjustments, holidayId, extensionPeriodsPaid)` → a
 *   holiday's skipped value and how much of it has been recovered.
 */
export {
  ADJUSTMENT_KINDS,
  type Adjustment,
  type AdjustmentKind,
  type Cancellation,
  type FreePeriod,
  type Pause,
  type PaymentHoliday,
  type PriceChange,
  type Reduction,
} from './adjustments.ts';
export { type BillingAgreement, MAX_TERM_PERIODS, validateAgreement } from './agreement.ts';
export { type Credit, spendCredits } from './credits.ts';
export { type DeferredBalance, deferredBalance } from './deferred-balance.ts';
export { type EffectiveTerm, effectiveTermEnd } from './effective-term.ts';
export {
  type CreditUse,
  type Invoice,
  type InvoiceLine,
  LINE_KINDS,
  type LineKind,
  type NoInvoice,
  type PeriodBill,
} from './invoice.ts';
export { invoiceFor } from './invoice-for.ts';
export { recurringTwelfths, twelfthsToMinor } from './monthly-recurring.ts';
export { dueDateFor, PAYMENT_TERMS_DAYS } from './payment-terms.ts';
export {
  type BillingCalendar,
  firstPeriodFrom,
  INTERVALS,
  type Interval,
  type Period,
  periodCountThrough,
  periodIndexOn,
  periodOf,
  periodStart,
  periodsStartedThrough,
} from './periods.ts';
export { periodsDueThrough } from './periods-due.ts';
export { schedule } from './schedule.ts';
export { validateAdjustment } from './validate-adjustment.ts';
