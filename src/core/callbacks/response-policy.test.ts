import { describe, expect, it } from 'vitest';
import {
  callbackDueAt,
  DEFAULT_RESPONSE_POLICY,
  fitsInAYear,
  isOverdue,
  type ResponsePolicy,
} from './response-policy.ts';

const officeHours: ResponsePolicy = {
  callbackHours: 4,
  businessHoursOnly: true,
  workdays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '17:00',
};
const plain: ResponsePolicy = { ...officeHours, businessHoursOnly: false };

const due = (opened: string, policy: ResponsePolicy, zone = 'UTC') =>
  callbackDueAt(new Date(opened), policy, zone).toISOString();

describe('callbackDueAt with plain hours', () => {
  it.each([
    [
      'the default policy: four hours later',
      '2026-11-23T09:00:00.000Z',
      DEFAULT_RESPONSE_POLICY,
      'UTC',
      '2026-11-23T13:00:00.000Z',
    ],
    [
      'a quarter of an hour',
      '2026-11-23T16:50:00.000Z',
      { ...plain, callbackHours: 0.25 },
      'UTC',
      '2026-11-23T17:05:00.000Z',
    ],
    [
      'through the night and the weekend alike',
      '2026-11-27T22:00:00.000Z',
      { ...plain, callbackHours: 48 },
      'UTC',
      '2026-11-29T22:00:00.000Z',
    ],
    // 24 elapsed hours across the spring change land at 13:00 on the wall clock, not 12:00.
    [
      'across the London spring change',
      '2026-03-28T12:00:00.000Z',
      { ...plain, callbackHours: 24 },
      'Europe/London',
      '2026-03-29T12:00:00.000Z',
    ],
    [
      'across the New York autumn change',
      '2026-10-31T16:00:00.000Z',
      { ...plain, callbackHours: 24 },
      'America/New_York',
      '2026-11-01T16:00:00.000Z',
    ],
    [
      'keeps the seconds of the opening time',
      '2026-11-23T09:00:30.250Z',
      plain,
      'UTC',
      '2026-11-23T13:00:30.250Z',
    ],
  ])('%s', (_name, opened, policy, zone, expected) => {
    expect(due(opened, policy, zone)).toBe(expected);
  });
});

describe('callbackDueAt with business hours Mon–Fri 09:00–17:00', () => {
  it.each([
    ['inside one working day', '2026-11-23T10:00:00Z', 4, 'UTC', '2026-11-23T14:00:00.000Z'],
    ['before opening: counts from 09:00', '2026-11-23T07:00:00Z', 4, 'UTC', '2026-11-23T13:00:00.000Z'],
    [
      'ending exactly at closing time stays that day',
      '2026-11-23T13:00:00Z',
      4,
      'UTC',
      '2026-11-23T17:00:00.000Z',
    ],
    ['across the evening', '2026-11-23T16:00:00Z', 4, 'UTC', '2026-11-24T12:00:00.000Z'],
    [
      'opened at closing time: all next morning',
      '2026-11-23T17:00:00Z',
      4,
      'UTC',
      '2026-11-24T13:00:00.000Z',
    ],
    ['opened late at night', '2026-11-23T23:30:00Z', 4, 'UTC', '2026-11-24T13:00:00.000Z'],
    ['Friday afternoon to Monday', '2026-11-27T15:00:00Z', 4, 'UTC', '2026-11-30T11:00:00.000Z'],
    ['opened on Saturday', '2026-11-28T10:00:00Z', 4, 'UTC', '2026-11-30T13:00:00.000Z'],
    ['opened on Sunday evening', '2026-11-29T20:00:00Z', 4, 'UTC', '2026-11-30T13:00:00.000Z'],
    ['several working days', '2026-11-23T09:00:00Z', 20, 'UTC', '2026-11-25T13:00:00.000Z'],
    ['a whole working week and a weekend', '2026-11-23T09:00:00Z', 44, 'UTC', '2026-11-30T13:00:00.000Z'],
    [
      'a quarter of an hour over the evening',
      '2026-11-23T16:50:00Z',
      0.25,
      'UTC',
      '2026-11-24T09:05:00.000Z',
    ],
    // Regression: half a minute left before closing once threw "Non-integer minutes".
    ['opened with seconds just before closing', '2026-11-27T16:59:30Z', 4, 'UTC', '2026-11-30T12:59:30.000Z'],
    [
      'in the workspace zone, not UTC',
      '2026-11-23T20:00:00Z',
      4,
      'America/New_York',
      '2026-11-24T16:00:00.000Z',
    ],
    // London springs forward on Sunday 29 March 2026: Monday 09:00 is 08:00Z.
    [
      'London, over the spring change',
      '2026-03-27T16:00:00Z',
      4,
      'Europe/London',
      '2026-03-30T11:00:00.000Z',
    ],
    // London falls back on Sunday 25 October 2026: Friday 16:00 BST is 15:00Z.
    [
      'London, over the autumn change',
      '2026-10-23T15:00:00Z',
      4,
      'Europe/London',
      '2026-10-26T12:00:00.000Z',
    ],
    // New York springs forward on Sunday 8 March 2026: Friday 15:00 EST, Monday 09:00 EDT.
    [
      'New York, over the spring change',
      '2026-03-06T20:00:00Z',
      4,
      'America/New_York',
      '2026-03-09T15:00:00.000Z',
    ],
    // New York falls back on Sunday 1 November 2026: Friday 16:00 EDT, Monday 12:00 EST.
    [
      'New York, over the autumn change',
      '2026-10-30T20:00:00Z',
      4,
      'America/New_York',
      '2026-11-02T17:00:00.000Z',
    ],
  ])('%s', (_name, opened, hours, zone, expected) => {
    expect(due(opened, { ...officeHours, callbackHours: hours }, zone)).toBe(expected);
  });

  it('counts a working day that contains the clock change as long as it really is', () => {
    // Sundays 00:00–06:00 in London; on 29 March 2026 that window holds only 5 real hours.
    const sundayNights = {
      ...officeHours,
      callbackHours: 6,
      workdays: [7],
      dayStart: '00:00',
      dayEnd: '06:00',
    };
    // 5 hours on 29 March, the last hour from 00:00 BST on 5 April (= 4 April 23:00Z).
    expect(due('2026-03-29T00:00:00Z', sundayNights, 'Europe/London')).toBe('2026-04-05T00:00:00.000Z');
  });

  it('honours custom workdays and hours', () => {
    const weekendShop = {
      ...officeHours,
      callbackHours: 3,
      workdays: [6, 7],
      dayStart: '10:00',
      dayEnd: '12:00',
    };
    // Wednesday → Saturday 10:00–12:00 (2 h) → Sunday 10:00 + 1 h.
    expect(due('2026-11-25T10:00:00Z', weekendShop)).toBe('2026-11-29T11:00:00.000Z');
  });
});

describe('fitsInAYear', () => {
  it('accepts ordinary policies and refuses hours that a year of working weeks cannot hold', () => {
    expect(fitsInAYear(DEFAULT_RESPONSE_POLICY)).toBe(true);
    expect(fitsInAYear({ ...officeHours, callbackHours: 720 })).toBe(true);
    expect(
      fitsInAYear({ ...officeHours, callbackHours: 720, workdays: [1], dayStart: '09:00', dayEnd: '10:00' }),
    ).toBe(false);
    expect(
      fitsInAYear({ ...plain, callbackHours: 720, workdays: [1], dayStart: '09:00', dayEnd: '10:00' }),
    ).toBe(true);
  });
});

describe('isOverdue', () => {
  const dueAt = new Date('2026-11-23T13:00:00Z');
  it.each([
    ['before the due time', '2026-11-23T12:59:59Z', null, false],
    ['exactly at the due time', '2026-11-23T13:00:00Z', null, false],
    ['after the due time', '2026-11-23T13:00:01Z', null, true],
    ['answered, even late', '2026-11-24T00:00:00Z', new Date('2026-11-23T20:00:00Z'), false],
  ])('%s', (_name, now, answeredAt, expected) => {
    expect(isOverdue({ dueAt, answeredAt }, new Date(now))).toBe(expected);
  });
});
