import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  callbackDueAt,
  DEFAULT_RESPONSE_POLICY,
  fitsInAYear,
  type ResponsePolicy,
} from './response-policy.ts';

const ZONES = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Chatham',
];
const MIN_OPENED = Date.parse('2020-01-01T00:00:00Z');
const MAX_OPENED = Date.parse('2030-12-31T00:00:00Z');

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const openedAt = fc.integer({ min: MIN_OPENED, max: MAX_OPENED }).map((ms) => new Date(ms));
// Quarter hours, as the settings screen offers, up to the 720-hour maximum.
const callbackHours = fc.integer({ min: 1, max: 720 * 4 }).map((quarters) => quarters / 4);

const businessPolicy = fc
  .record({
    workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    startMinute: fc.integer({ min: 0, max: 23 * 60 + 58 }),
    length: fc.integer({ min: 1, max: 24 * 60 }),
    callbackHours,
  })
  .map(({ workdays, startMinute, length, callbackHours }) => ({
    businessHoursOnly: true,
    workdays,
    dayStart: clock(startMinute),
    dayEnd: clock(Math.min(startMinute + length, 23 * 60 + 59)),
    callbackHours,
  }))
  .filter(fitsInAYear);

const anyPolicy = fc.oneof(
  businessPolicy,
  callbackHours.map((hours) => ({ ...DEFAULT_RESPONSE_POLICY, callbackHours: hours })),
);

const zoned = (date: Date, zone: string) =>
  Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(zone);

/** The working window of the calendar day `day` belongs to, as epoch milliseconds. */
function windowOf(day: Temporal.ZonedDateTime, policy: ResponsePolicy): [number, number] {
  return [
    day.withPlainTime(Temporal.PlainTime.from(policy.dayStart)).epochMilliseconds,
    day.withPlainTime(Temporal.PlainTime.from(policy.dayEnd)).epochMilliseconds,
  ];
}

/** Working milliseconds between two instants, summed day by day as interval overlaps. */
function workingMsBetween(from: Date, to: Date, policy: ResponsePolicy, zone: string): number {
  let total = 0;
  const last = zoned(to, zone).toPlainDate();
  for (
    let day = zoned(from, zone).toPlainDate();
    Temporal.PlainDate.compare(day, last) <= 0;
    day = day.add({ days: 1 })
  ) {
    if (!policy.workdays.includes(day.dayOfWeek)) continue;
    const [opens, closes] = windowOf(day.toZonedDateTime({ timeZone: zone }), policy);
    total += Math.max(0, Math.min(closes, to.getTime()) - Math.max(opens, from.getTime()));
  }
  return total;
}

describe('callbackDueAt properties', () => {
  it('never falls due before it opened', () => {
    fc.assert(
      fc.property(openedAt, anyPolicy, fc.constantFrom(...ZONES), (opened, policy, zone) => {
        expect(callbackDueAt(opened, policy, zone).getTime()).toBeGreaterThanOrEqual(opened.getTime());
      }),
    );
  });

  it('without business hours, adds exactly the hours', () => {
    fc.assert(
      fc.property(
        openedAt,
        fc.integer({ min: 15, max: 720 * 60 }),
        fc.constantFrom(...ZONES),
        (opened, minutes, zone) => {
          const policy = { ...DEFAULT_RESPONSE_POLICY, callbackHours: minutes / 60 };
          expect(callbackDueAt(opened, policy, zone).getTime() - opened.getTime()).toBe(minutes * 60_000);
        },
      ),
    );
  });

  it('with business hours, falls inside working hours on a workday, or exactly at closing time', () => {
    fc.assert(
      fc.property(openedAt, businessPolicy, fc.constantFrom(...ZONES), (opened, policy, zone) => {
        const dueAt = callbackDueAt(opened, policy, zone);
        const local = zoned(dueAt, zone);
        expect(policy.workdays).toContain(local.dayOfWeek);
        const [opens, closes] = windowOf(local, policy);
        expect(dueAt.getTime()).toBeGreaterThan(opens);
        expect(dueAt.getTime()).toBeLessThanOrEqual(closes);
      }),
      { numRuns: 200 },
    );
  });

  it('with business hours, leaves exactly the policy hours of working time between opening and due', () => {
    fc.assert(
      fc.property(openedAt, businessPolicy, fc.constantFrom(...ZONES), (opened, policy, zone) => {
        const dueAt = callbackDueAt(opened, policy, zone);
        expect(workingMsBetween(opened, dueAt, policy, zone)).toBe(
          Math.round(policy.callbackHours * 3_600_000),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is monotonic: a later opening never falls due earlier', () => {
    fc.assert(
      fc.property(
        openedAt,
        fc.integer({ min: 0, max: 14 * 86_400_000 }),
        anyPolicy,
        fc.constantFrom(...ZONES),
        (first, laterBy, policy, zone) => {
          const second = new Date(first.getTime() + laterBy);
          expect(callbackDueAt(second, policy, zone).getTime()).toBeGreaterThanOrEqual(
            callbackDueAt(first, policy, zone).getTime(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
