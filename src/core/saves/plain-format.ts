import { parseCalendarDate } from '../billing/calendar-date.ts';
import { findCurrency } from '../money/currencies.ts';
import { formatMinor } from '../money/format-minor.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function parts(date: string) {
  const day = parseCalendarDate(date);
  if (!day) throw new RangeError(`Invalid date "${date}"`);
  return day;
}

/** '2027-02-24' → "24 Feb 2027": unambiguous in every English-speaking country. */
export function formatDay(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * Several dates in order, each year said once: "24 Feb, 24 Mar and 24 Apr 2027",
 * "24 Dec 2026, 24 Jan and 24 Feb 2027".
 */
export function formatDayList(dates: readonly string[]): string {
  const shown = dates.map((date, i) => {
    const { year, month, day } = parts(date);
    const next = dates[i + 1];
    const sameYearNext = next !== undefined && parts(next).year === year;
    return sameYearNext ? `${day} ${MONTHS[month - 1]}` : `${day} ${MONTHS[month - 1]} ${year}`;
  });
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * Minor units as a person reads them: 12000 EUR → "€120.00". The digits come from
 * `formatMinor` (ISO 4217 exponents, no floats); Intl only adds the symbol and grouping.
 */
export function formatMoney(amountMinor: number, currencyCode: string): string {
  const lookup = findCurrency(currencyCode);
  if (!lookup.ok) return `${amountMinor} ${currencyCode}`;
  const digits = lookup.currency.exponent;
  const format = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: currencyCode,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // A decimal string is formatted exactly (Intl.NumberFormat v3), whatever its size.
  return format.format(formatMinor(amountMinor, lookup.currency) as `${number}`);
}
