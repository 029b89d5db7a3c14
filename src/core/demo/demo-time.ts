import { Temporal } from 'temporal-polyfill';
import { MONTH_NAMES } from '../calendar/names.ts';

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The calendar date `months` before `date`, clamped to the month's end like any calendar. */
export function monthsBefore(date: string, months: number): string {
  return Temporal.PlainDate.from(date).subtract({ months }).toString();
}

/** The instant it is at `minutes` past midnight on `date`, on the clocks of `timeZone`. */
export function localInstant(date: string, minutes: number, timeZone: string): Date {
  const time = Temporal.PlainTime.from({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  const zoned = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: time });
  return new Date(zoned.epochMilliseconds);
}

/** "March" for any date in March; `offset` -1 names the month before. */
export function monthName(date: string, offset = 0): string {
  const month = Temporal.PlainDate.from(date).add({ months: offset }).month;
  return MONTH_NAMES[month - 1] as string;
}

/** The season a promotion would be planned for (northern hemisphere), a month ahead of `date`. */
export function nextSeason(date: string): string {
  const month = Temporal.PlainDate.from(date).add({ months: 1 }).month;
  if (month === 12 || month <= 2) return 'winter';
  if (month <= 5) return 'spring';
  if (month <= 8) return 'summer';
  return 'autumn';
}
