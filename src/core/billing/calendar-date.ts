/**
 * Month arithmetic on 'YYYY-MM-DD' strings, in integers. No `Date`: a JavaScript Date
 * is an instant, and turning one into a calendar day depends on the machine's zone
 * (the classic "invoice dated the day before" bug). Years stay within 1000–9999 so the
 * strings also sort and compare correctly as plain text.
 */
export interface YearMonthDay {
  year: number;
  month: number; // 1–12
  day: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a real calendar date, or null for anything else ('2026-02-30', '26-1-1'). */
export function parseCalendarDate(text: string): YearMonthDay | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(text: unknown): text is string {
  return typeof text === 'string' && parseCalendarDate(text) !== null;
}

export function formatCalendarDate({ year, month, day }: YearMonthDay): string {
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`Year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `months` after `anchor`, on the anchor's day clamped to the month's last day. Always
 * counted from the anchor, never from the previous result, so the day does not drift:
 * Jan 31 + 1 → Feb 28, Jan 31 + 2 → Mar 31.
 */
export function addMonthsClamped(anchor: YearMonthDay, months: number): YearMonthDay {
  const monthsSinceYearZero = anchor.year * 12 + (anchor.month - 1) + months;
  const year = Math.floor(monthsSinceYearZero / 12);
  const month = monthsSinceYearZero - year * 12 + 1;
  return { year, month, day: Math.min(anchor.day, daysInMonth(year, month)) };
}

/** The calendar day before `date`. */
export function dayBefore({ year, month, day }: YearMonthDay): YearMonthDay {
  if (day > 1) return { year, month, day: day - 1 };
  if (month > 1) return { year, month: month - 1, day: daysInMonth(year, month - 1) };
  return { year: year - 1, month: 12, day: 31 };
}

/** Whole months from `from`'s month to `to`'s month, ignoring the days. */
export function monthsBetween(from: YearMonthDay, to: YearMonthDay): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}
