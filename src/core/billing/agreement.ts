import type { ErrorDetail } from '../errors/app-error.ts';
import { findCurrency } from '../money/currencies.ts';
import { isPriceMinor, MAX_PRICE_MINOR } from '../money/minor-units.ts';
import { isCalendarDate } from './calendar-date.ts';
import { type BillingCalendar, INTERVALS, periodCountThrough } from './periods.ts';

/**
 * What the billing core needs to know about an agreement. The edge builds it from the
 * stored agreement: a plan's price is copied into `priceMinor` when the agreement is
 * signed, so a later change to the plan never rewrites past or previewed invoices
 * (a deliberate re-price is a `price_change` adjustment). Status is not here either:
 * a cancellation is a `cancellation` adjustment, a pause a `pause` adjustment.
 */
export interface BillingAgreement extends BillingCalendar {
  /** Price per period in minor units of `currency`, 0 … `MAX_PRICE_MINOR`. */
  priceMinor: number;
  /** The workspace's ISO 4217 code; copied onto every invoice. */
  currency: string;
  /**
   * The last day of the term (inclusive), which must be the last day of a period; null
   * for an open-ended agreement. This is the term as signed: holidays and pauses move
   * the effective end (see `effectiveTermEnd`) without editing this date.
   */
  termEnd: string | null;
  /** Shown on the base line of each invoice, e.g. the plan's name. */
  label?: string;
}

/** A century of monthly periods: bounds every walk over an agreement's periods. */
export const MAX_TERM_PERIODS = 1200;
const MAX_START_YEAR = 9000;

/**
 * Problems with an agreement, as `{ path, message }` details for an `invalid_input`
 * error; empty when it is valid. The core's functions assume a valid agreement.
 */
export function validateAgreement(agreement: BillingAgreement): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const startIsValid =
    isCalendarDate(agreement.startDate) && agreement.startDate.slice(0, 4) <= `${MAX_START_YEAR}`;
  if (!startIsValid) problems.push({ path: 'startDate', message: 'Enter a valid start date' });
  if (!INTERVALS.includes(agreement.interval)) {
    problems.push({ path: 'interval', message: `Interval must be one of ${INTERVALS.join(', ')}` });
  }
  if (!isPriceMinor(agreement.priceMinor)) {
    problems.push({
      path: 'priceMinor',
      message: `Price must be a whole amount from 0 to ${MAX_PRICE_MINOR}`,
    });
  }
  const currency = findCurrency(agreement.currency);
  if (!currency.ok) problems.push({ path: 'currency', message: currency.message });
  if (agreement.termEnd !== null && startIsValid && INTERVALS.includes(agreement.interval)) {
    problems.push(...termEndProblems(agreement, agreement.termEnd));
  }
  return problems;
}

function termEndProblems(calendar: BillingCalendar, termEnd: string): ErrorDetail[] {
  if (!isCalendarDate(termEnd)) return [{ path: 'termEnd', message: 'Enter a valid term end date' }];
  const periods = periodCountThrough(calendar, termEnd);
  if (periods === null) {
    return [{ path: 'termEnd', message: 'The term must end on the last day of a billing period' }];
  }
  if (periods > MAX_TERM_PERIODS) {
    return [{ path: 'termEnd', message: `A term may last at most ${MAX_TERM_PERIODS} periods` }];
  }
  return [];
}

/** Periods in the term as signed, or null when open-ended. Assumes a valid agreement. */
export function signedTermPeriods(agreement: BillingAgreement): number | null {
  if (agreement.termEnd === null) return null;
  const periods = periodCountThrough(agreement, agreement.termEnd);
  if (periods === null) throw new RangeError('The term end is not the last day of a period');
  return periods;
}
