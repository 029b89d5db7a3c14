import { findCurrency } from '../../../core/money/currencies.ts';
import { formatMinor } from '../../../core/money/format-minor.ts';
import { parseMajor } from '../../../core/money/parse-major.ts';

// Dates are shown in the workspace's time zone, whatever the browser's zone is.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(undefined, { timeZone, ...options });
    cache.set(key, found);
  }
  return found;
}

/** "12 Mar 2026, 14:05" in the workspace zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "14:05" in the workspace zone. */
export function formatTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar date 'YYYY-MM-DD' as "12 Mar 2026"; calendar dates have no zone. */
export function formatCalendarDate(date: string): string {
  return formatter('UTC', { dateStyle: 'medium' }).format(new Date(`${date}T00:00:00Z`));
}

/** The workspace's current date as 'YYYY-MM-DD'. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours", "2 days ago", "now". */
export function formatRelative(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return relative.format(Math.round(diff / size), unit);
  }
  return 'just now';
}

/** "3 h 20 min" — how long something has been late, for loud overdue labels. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

/** "2 years 3 months" between a calendar date and today; the relationship's length. */
export function formatTenure(since: string, today: string): string {
  const [y1, m1, d1] = since.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months < 0) return 'starting soon';
  if (months === 0) {
    const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
    return days <= 0 ? 'since today' : plural(days, 'day');
  }
  const years = Math.floor(months / 12);
  months %= 12;
  return [years ? plural(years, 'year') : '', months ? plural(months, 'month') : '']
    .filter(Boolean)
    .join(' ');
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0] ?? '?'];
  return letters.map((part) => part?.[0]?.toUpperCase() ?? '').join('');
}

// Money: integer minor units and an ISO 4217 code. The digits come from the pure core
// (shared with the server), so no amount is ever divided as a float on its way to screen.

/** How many digits the currency has after the decimal point (EUR 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  const found = findCurrency(currency);
  return found.ok ? found.currency.exponent : 2;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** "€1,234.50", "¥1,000": the amount in the reader's locale with the currency's own decimals. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const key = `${currency}|${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  // Intl formats a decimal string exactly, so "1234.50" is never turned into a float first.
  return format.format(formatMinor(amountMinor, { exponent: digits }) as `${number}`);
}

/** The amount as a user would type it back: "1234.50", "1000" (no symbol, no grouping). */
export function formatMoneyInput(amountMinor: number, currency: string): string {
  return formatMinor(amountMinor, { exponent: minorDigits(currency) });
}

/**
 * What the user typed ("1,234.5", "€ 80", "1234,50") as minor units, by its digits with
 * integer maths (core `parseMajor`), or the reason it is not an amount. Grouping commas
 * and a currency sign are forgiven; a comma followed by 1–2 digits at the end is read
 * as the decimal separator ("12,50"), as many European users type it.
 */
export function parseMoney(
  text: string,
  currency: string,
): { ok: true; amountMinor: number } | { ok: false; message: string } {
  let cleaned = text
    .trim()
    .replace(/[\s\u00a0'’]/g, '')
    .replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  if (/^-?\d+,\d{1,2}$/.test(cleaned)) cleaned = cleaned.replace(',', '.');
  else cleaned = cleaned.replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter an amount' };
  return parseMajor(cleaned, { exponent: minorDigits(currency) });
}

/** "Mar 2027": the month a period starts in, for short labels. */
export function formatMonth(date: string): string {
  return formatter('UTC', { month: 'short', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

/** "12 Mar – 11 Apr 2026": a billing period, the year written once when it is the same. */
export function formatPeriod(start: string, end: string): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const from = formatter('UTC', sameYear ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' });
  return `${from.format(new Date(`${start}T00:00:00Z`))} – ${formatCalendarDate(end)}`;
}
