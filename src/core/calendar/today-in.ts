import { Temporal } from 'temporal-polyfill';

/** The calendar date ('YYYY-MM-DD') it is at `now` in `timeZone`: a business's "today". */
export function todayIn(now: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** Whole days from `from` to `to` (calendar dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'day' }).days;
}

/** The calendar date `days` days after `date` (before it, when negative). */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}
