import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type BillingCalendar,
  firstPeriodFrom,
  INTERVALS,
  type Interval,
  periodCountThrough,
  periodIndexOn,
  periodOf,
  periodStart,
  periodsStartedThrough,
} from './periods.ts';

const cal = (startDate: string, interval: Interval = 'month'): BillingCalendar => ({ startDate, interval });
const starts = (calendar: BillingCalendar, count: number) =>
  Array.from({ length: count }, (_, i) => periodStart(calendar, i));

describe('period starts', () => {
  it.each<[string, Interval, string[]]>([
    // Month ends clamp, and the anchor day comes back: no drift to the 28th.
    [
      '2026-01-31',
      'month',
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31'],
    ],
    ['2028-01-31', 'month', ['2028-01-31', '2028-02-29', '2028-03-31']], // leap year
    ['2100-01-31', 'month', ['2100-01-31', '2100-02-28', '2100-03-31']], // 2100 is not leap
    ['2000-01-30', 'month', ['2000-01-30', '2000-02-29', '2000-03-30']], // 2000 is
    ['2026-01-29', 'month', ['2026-01-29', '2026-02-28', '2026-03-29']],
    ['2026-03-30', 'month', ['2026-03-30', '2026-04-30', '2026-05-30']],
    ['2026-12-15', 'month', ['2026-12-15', '2027-01-15', '2027-02-15']], // year boundary
    ['2026-01-01', 'month', ['2026-01-01', '2026-02-01', '2026-03-01']],
    // Quarters from a month end.
    ['2026-01-31', 'quarter', ['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31', '2027-01-31']],
    ['2026-08-31', 'quarter', ['2026-08-31', '2026-11-30', '2027-02-28', '2027-05-31', '2027-08-31']],
    ['2027-11-30', 'quarter', ['2027-11-30', '2028-02-29', '2028-05-30']],
    ['2026-11-30', 'quarter', ['2026-11-30', '2027-02-28', '2027-05-30']],
    // Years: Feb 29 falls back to Feb 28 and returns in leap years.
    ['2024-02-29', 'year', ['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']],
    ['2096-02-29', 'year', ['2096-02-29', '2097-02-28']],
    ['2026-01-31', 'year', ['2026-01-31', '2027-01-31']],
    ['2026-08-31', 'year', ['2026-08-31', '2027-08-31']],
  ])('from %s every %s', (start, interval, expected) => {
    expect(starts(cal(start, interval), expected.length)).toEqual(expected);
  });

  it('reaches 2100 without a Feb 29 (yearly from Feb 29, 2096)', () => {
    expect(periodStart(cal('2096-02-29', 'year'), 4)).toBe('2100-02-28');
    expect(periodStart(cal('2096-02-29', 'year'), 8)).toBe('2104-02-29');
  });
});

describe('periodOf', () => {
  it.each<[string, Interval, number, string, string]>([
    ['2026-01-31', 'month', 0, '2026-01-31', '2026-02-27'],
    ['2026-01-31', 'month', 1, '2026-02-28', '2026-03-30'],
    ['2028-01-31', 'month', 1, '2028-02-29', '2028-03-30'],
    ['2026-01-01', 'month', 11, '2026-12-01', '2026-12-31'],
    ['2026-03-01', 'month', 0, '2026-03-01', '2026-03-31'],
    ['2026-01-31', 'quarter', 0, '2026-01-31', '2026-04-29'],
    ['2024-02-29', 'year', 0, '2024-02-29', '2025-02-27'],
    ['2024-02-29', 'year', 3, '2027-02-28', '2028-02-28'],
    ['2026-01-01', 'year', 0, '2026-01-01', '2026-12-31'],
  ])('%s %s period %i is %s – %s', (start, interval, index, first, last) => {
    expect(periodOf(cal(start, interval), index)).toEqual({ index, start: first, end: last });
  });

  it('refuses a negative or fractional index', () => {
    expect(() => periodOf(cal('2026-01-01'), -1)).toThrow(RangeError);
    expect(() => periodStart(cal('2026-01-01'), 1.5)).toThrow(RangeError);
  });
});

describe('periodIndexOn and periodsStartedThrough', () => {
  it.each<[string, Interval, string, number | null]>([
    ['2026-01-31', 'month', '2026-01-30', null],
    ['2026-01-31', 'month', '2026-01-31', 0],
    ['2026-01-31', 'month', '2026-02-27', 0],
    ['2026-01-31', 'month', '2026-02-28', 1],
    ['2026-01-31', 'month', '2026-03-30', 1],
    ['2026-01-31', 'month', '2026-03-31', 2],
    ['2026-01-15', 'month', '2026-02-14', 0],
    ['2026-01-15', 'month', '2027-01-15', 12],
    ['2026-08-31', 'quarter', '2027-02-27', 1],
    ['2026-08-31', 'quarter', '2027-02-28', 2],
    ['2024-02-29', 'year', '2025-02-27', 0],
    ['2024-02-29', 'year', '2025-02-28', 1],
    ['2024-02-29', 'year', '2028-02-28', 3],
    ['2024-02-29', 'year', '2028-02-29', 4],
  ])('from %s every %s, %s is in period %o', (start, interval, date, index) => {
    expect(periodIndexOn(cal(start, interval), date)).toBe(index);
    expect(periodsStartedThrough(cal(start, interval), date)).toBe(index === null ? 0 : index + 1);
  });
});

describe('firstPeriodFrom', () => {
  it.each<[string, string, number]>([
    ['2026-01-31', '2025-12-01', 0],
    ['2026-01-31', '2026-01-31', 0],
    ['2026-01-31', '2026-02-01', 1],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-03-01', 2],
  ])('from %s, the first period starting on or after %s is %i', (start, date, index) => {
    expect(firstPeriodFrom(cal(start), date)).toBe(index);
  });
});

describe('periodCountThrough (terms end on a period boundary)', () => {
  it.each<[string, Interval, string, number | null]>([
    ['2026-01-01', 'month', '2026-12-31', 12],
    ['2026-01-01', 'month', '2026-12-30', null],
    ['2026-01-31', 'month', '2026-02-27', 1],
    ['2026-01-31', 'month', '2026-02-28', null],
    ['2026-01-31', 'quarter', '2027-01-30', 4],
    ['2024-02-29', 'year', '2028-02-28', 4],
    ['2026-01-01', 'month', '2025-12-31', null],
  ])('from %s every %s, a term to %s has %o periods', (start, interval, termEnd, count) => {
    expect(periodCountThrough(cal(start, interval), termEnd)).toBe(count);
  });
});

const calendars = fc.record({
  startDate: fc
    .date({ min: new Date('1990-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  interval: fc.constantFrom(...INTERVALS),
});
const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

describe('period calendar properties', () => {
  it('agrees with Temporal adding whole intervals to the start date', () => {
    fc.assert(
      fc.property(calendars, fc.integer({ min: 0, max: 600 }), (calendar, index) => {
        const expected = Temporal.PlainDate.from(calendar.startDate).add({
          months: index * MONTHS[calendar.interval],
        });
        expect(periodStart(calendar, index)).toBe(expected.toString());
      }),
      { numRuns: 500 },
    );
  });

  it('tiles the calendar: each period ends the day before the next starts, and dates map back', () => {
    fc.assert(
      fc.property(calendars, fc.integer({ min: 0, max: 600 }), (calendar, index) => {
        const period = periodOf(calendar, index);
        const next = periodOf(calendar, index + 1);
        expect(Temporal.PlainDate.from(period.end).add({ days: 1 }).toString()).toBe(next.start);
        expect(period.start <= period.end).toBe(true);
        expect(periodIndexOn(calendar, period.start)).toBe(index);
        expect(periodIndexOn(calendar, period.end)).toBe(index);
        expect(periodCountThrough(calendar, period.end)).toBe(index + 1);
      }),
      { numRuns: 500 },
    );
  });
});
