import {
  addMonthsClamped,
  dayBefore,
  formatCalendarDate,
  monthsBetween,
  parseCalendarDate,
  type YearMonthDay,
} from './calendar-date.ts';

/** How often an agreement bills. */
export const INTERVALS = ['month', 'quarter', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

export const MONTHS_PER_INTERVAL: Readonly<Record<Interval, number>> = { month: 1, quarter: 3, year: 12 };

/** What the period calendar needs from an agreement. */
export interface BillingCalendar {
  /** 'YYYY-MM-DD': the first day of period 0 and the anchor of every later period. */
  startDate: string;
  interval: Interval;
}

/** One billing period. Both dates are inclusive calendar days. */
export interface Period {
  /** 0 for the period starting on the agreement's start date, then 1, 2, … */
  index: number;
  /** First day: the invoice date, since billing is in advance. */
  start: string;
  /** Last day: the day before the next period starts. */
  end: string;
}

function anchorOf(calendar: BillingCalendar): YearMonthDay {
  const anchor = parseCalendarDate(calendar.startDate);
  if (!anchor) throw new RangeError(`Invalid start date "${calendar.startDate}"`);
  return anchor;
}

function assertIndex(index: number): void {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`Period index must be a whole number ≥ 0, got ${index}`);
  }
}

function startParts(calendar: BillingCalendar, index: number): YearMonthDay {
  return addMonthsClamped(anchorOf(calendar), index * MONTHS_PER_INTERVAL[calendar.interval]);
}

/**
 * The first day of period `index`. Periods are anchored on the start date's day of
 * month and clamped to short months, from the anchor each time so the day never drifts:
 * a start on Jan 31 gives Feb 28 (29 in a leap year), Mar 31, Apr 30, … — for quarters
 * and years too (Feb 29 yearly gives Feb 28 in common years, Feb 29 again in leap ones).
 */
export function periodStart(calendar: BillingCalendar, index: number): string {
  assertIndex(index);
  return formatCalendarDate(startParts(calendar, index));
}

/** Period `index` with its first and last day. */
export function periodOf(calendar: BillingCalendar, index: number): Period {
  assertIndex(index);
  return {
    index,
    start: formatCalendarDate(startParts(calendar, index)),
    end: formatCalendarDate(dayBefore(startParts(calendar, index + 1))),
  };
}

/** The index of the period containing `date`, or null before the agreement starts. */
export function periodIndexOn(calendar: BillingCalendar, date: string): number | null {
  const day = parseCalendarDate(date);
  if (!day) throw new RangeError(`Invalid date "${date}"`);
  const months = MONTHS_PER_INTERVAL[calendar.interval];
  // The period that starts in (or last before) the date's month, stepped back once if
  // that start is later in the month than the date itself.
  let index = Math.floor(monthsBetween(anchorOf(calendar), day) / months);
  if (index >= 0 && periodStart(calendar, index) > date) index -= 1;
  return index >= 0 ? index : null;
}

/**
 * How many periods have started on or before `date` — periods 0 … n−1. Billing is in
 * advance, so these are the periods whose invoices are due by that date.
 */
export function periodsStartedThrough(calendar: BillingCalendar, date: string): number {
  const index = periodIndexOn(calendar, date);
  return index === null ? 0 : index + 1;
}

/**
 * The number of periods in a term that ends on `termEnd` (inclusive), or null when
 * `termEnd` is not the last day of a period. Terms end on a period boundary so that
 * every invoice covers a whole period: no pro-rating in the core.
 */
export function periodCountThrough(calendar: BillingCalendar, termEnd: string): number | null {
  const index = periodIndexOn(calendar, termEnd);
  if (index === null) return null;
  return periodOf(calendar, index).end === termEnd ? index + 1 : null;
}

/**
 * The first period starting on or after `date`: where a pause that "resumes on" `date`
 * ends, or "from the next period" when given tomorrow. Adjustments cover whole periods,
 * so a date inside a period rounds forward to the next one.
 */
export function firstPeriodFrom(calendar: BillingCalendar, date: string): number {
  const index = periodIndexOn(calendar, date);
  if (index === null) return 0;
  return periodStart(calendar, index) === date ? index : index + 1;
}
