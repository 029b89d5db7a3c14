import { Temporal } from 'temporal-polyfill';

/** How quickly an inbound request must be answered. Set per workspace by the owner. */
export interface ResponsePolicy {
  /** Hours allowed for a callback. */
  callbackHours: number;
  /** When true the hours count only inside business hours, in the workspace time zone. */
  businessHoursOnly: boolean;
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workdays: number[];
  /** Opening and closing time, 'HH:MM', workspace local time. */
  dayStart: string;
  dayEnd: string;
}

export const DEFAULT_RESPONSE_POLICY: ResponsePolicy = {
  callbackHours: 4,
  businessHoursOnly: false,
  workdays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '17:00',
};

// The walk gives up after two years: settings refuse a policy whose hours do not fit in
// one year of working weeks (see `fitsInAYear`), so only a hand-edited policy gets here.
const MAX_DAYS_SCANNED = 2 * 366;
const HOUR_MS = 3_600_000;

/**
 * When a callback opened at `openedAt` falls due. Pure: the clock is the caller's.
 * Business hours are walked day by day in `timeZone`, so daylight-saving days are as
 * long as they really are. Counted in milliseconds: an opening time with seconds must
 * not leave a fraction of a minute that calendar arithmetic refuses.
 */
export function callbackDueAt(openedAt: Date, policy: ResponsePolicy, timeZone: string): Date {
  const span = Math.round(policy.callbackHours * HOUR_MS);
  if (!policy.businessHoursOnly) return new Date(openedAt.getTime() + span);

  const start = Temporal.PlainTime.from(policy.dayStart);
  const end = Temporal.PlainTime.from(policy.dayEnd);
  let left = span;
  let cursor = Temporal.Instant.fromEpochMilliseconds(openedAt.getTime()).toZonedDateTimeISO(timeZone);

  for (let day = 0; day < MAX_DAYS_SCANNED; day++) {
    if (policy.workdays.includes(cursor.dayOfWeek)) {
      const from = Math.max(cursor.epochMilliseconds, cursor.withPlainTime(start).epochMilliseconds);
      const closes = cursor.withPlainTime(end).epochMilliseconds;
      if (from < closes) {
        if (left <= closes - from) return new Date(from + left);
        left -= closes - from;
      }
    }
    cursor = cursor.add({ days: 1 }).startOfDay();
  }
  throw new Error('response policy has too few working hours for its callback hours');
}

/**
 * Whether a business-hours policy can be met within a year of ordinary weeks. Settings
 * refuse one that cannot (one short morning a week and 720 hours would take years).
 */
export function fitsInAYear(policy: ResponsePolicy): boolean {
  if (!policy.businessHoursOnly) return true;
  const dayHours = Temporal.PlainTime.from(policy.dayStart)
    .until(Temporal.PlainTime.from(policy.dayEnd))
    .total('hour');
  const weekHours = new Set(policy.workdays).size * Math.max(dayHours, 0);
  return policy.callbackHours <= 52 * weekHours;
}

/** A callback is overdue once its due time has passed and nobody has answered. */
export function isOverdue(callback: { dueAt: Date; answeredAt: Date | null }, now: Date): boolean {
  return callback.answeredAt === null && callback.dueAt.getTime() < now.getTime();
}
