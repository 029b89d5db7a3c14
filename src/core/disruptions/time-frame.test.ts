import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../calendar/today-in.ts';
import { earliestCallbackDue, isUpdateOverdue, nextUpdateDue } from './cadence.ts';
import { outreachChannelFor, outreachTaskTitle } from './outreach.ts';
import { mustBeTold, promiseFor, slip, spellDate } from './time-frame.ts';

const date = fc.integer({ min: 0, max: 20 * 365 }).map((days) => addDays('2020-01-01', days));
const buffer = fc.integer({ min: 0, max: 365 });

describe('promiseFor', () => {
  it.each([
    ['2026-12-07', 7, '2026-12-14'],
    ['2026-12-28', 5, '2027-01-02'],
    ['2028-02-27', 2, '2028-02-29'],
    ['2026-12-07', 0, '2026-12-07'],
  ])('%s + %i days → %s', (estimate, days, promise) => {
    expect(promiseFor(estimate, days)).toBe(promise);
  });

  it('is never before the estimate, and exactly the buffer after it', () => {
    fc.assert(
      fc.property(date, buffer, (estimate, days) => {
        expect(daysBetween(estimate, promiseFor(estimate, days))).toBe(days);
      }),
    );
  });
});

describe('slip', () => {
  it.each([
    ['no promise yet', '2026-12-07', null, 7, { kind: 'first', proposedPromisedOn: '2026-12-14' }],
    ['estimate earlier', '2026-12-01', '2026-12-14', 7, { kind: 'stands', promisedOn: '2026-12-14' }],
    ['estimate on the promise', '2026-12-14', '2026-12-14', 7, { kind: 'stands', promisedOn: '2026-12-14' }],
    [
      'estimate a day past',
      '2026-12-15',
      '2026-12-14',
      7,
      { kind: 'slipped', promisedOn: '2026-12-14', proposedPromisedOn: '2026-12-22', lateByDays: 1 },
    ],
    [
      'estimate past, no buffer',
      '2027-01-04',
      '2026-12-14',
      0,
      { kind: 'slipped', promisedOn: '2026-12-14', proposedPromisedOn: '2027-01-04', lateByDays: 21 },
    ],
  ])('%s', (_label, estimate, promise, days, expected) => {
    expect(slip(estimate, promise, days)).toEqual(expected);
  });

  it('slips exactly when the estimate passes the promise, and then proposes a date past the estimate', () => {
    fc.assert(
      fc.property(date, date, buffer, (estimate, promise, days) => {
        const result = slip(estimate, promise, days);
        expect(result.kind === 'slipped').toBe(estimate > promise);
        if (result.kind === 'slipped') {
          expect(result.proposedPromisedOn > promise).toBe(true);
          expect(result.proposedPromisedOn >= estimate).toBe(true);
        } else {
          expect(result).toEqual({ kind: 'stands', promisedOn: promise });
        }
      }),
    );
  });
});

describe('mustBeTold', () => {
  it.each([
    [null, null, false],
    ['2026-12-14', null, false],
    [null, '2026-12-14', true],
    ['2026-12-14', '2026-12-14', false],
    ['2026-12-14', '2026-12-22', true],
    ['2026-12-22', '2026-12-14', true],
  ])('told %s, current %s → %s', (told, current, expected) => {
    expect(mustBeTold(told, current)).toBe(expected);
  });
});

describe('spellDate', () => {
  it.each([
    ['2026-12-14', 'Monday 14 December 2026'],
    ['2026-11-24', 'Tuesday 24 November 2026'],
    ['2027-01-03', 'Sunday 3 January 2027'],
    ['2028-02-29', 'Tuesday 29 February 2028'],
  ])('%s → %s', (day, text) => {
    expect(spellDate(day)).toBe(text);
  });

  it('agrees with the platform calendar on the weekday', () => {
    fc.assert(
      fc.property(date, (day) => {
        const weekday = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
          weekday: 'long',
          timeZone: 'UTC',
        });
        expect(spellDate(day).startsWith(`${weekday} `)).toBe(true);
      }),
    );
  });
});

describe('nextUpdateDue and isUpdateOverdue', () => {
  it.each([
    ['2026-11-23T09:00:00Z', 7, 'UTC', '2026-11-30'],
    // 23:30 in New York on the 23rd is already the 24th in UTC: the workspace's day counts.
    ['2026-11-24T04:30:00Z', 7, 'America/New_York', '2026-11-30'],
    ['2026-11-23T12:00:00Z', 1, 'Pacific/Auckland', '2026-11-25'],
    ['2026-12-31T10:00:00Z', 3, 'UTC', '2027-01-03'],
  ])('last update %s, every %i days in %s → %s', (at, cadence, zone, due) => {
    expect(nextUpdateDue(new Date(at), cadence, zone)).toBe(due);
  });

  it.each([
    [null, '2026-11-30', false],
    ['2026-11-30', '2026-11-30', false],
    ['2026-11-30', '2026-12-01', true],
    ['2026-11-30', '2026-11-29', false],
  ])('due %s, today %s → overdue %s', (due, today, expected) => {
    expect(isUpdateOverdue(due, today)).toBe(expected);
  });
});

describe('earliestCallbackDue', () => {
  const opened = new Date('2026-11-23T09:00:00Z');
  it.each([
    ['no disruption: the policy', '2026-11-23T13:00:00Z', null, '2026-11-23T13:00:00.000Z'],
    ['the disruption is sooner', '2026-11-23T13:00:00Z', 120, '2026-11-23T11:00:00.000Z'],
    ['the policy is sooner', '2026-11-23T10:00:00Z', 120, '2026-11-23T10:00:00.000Z'],
  ])('%s', (_label, policyDue, minutes, expected) => {
    expect(earliestCallbackDue(new Date(policyDue), opened, minutes).toISOString()).toBe(expected);
  });

  it('is never later than either rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        fc.integer({ min: 5, max: 10_080 }),
        (ms, min) => {
          const policyDue = new Date(opened.getTime() + ms);
          const due = earliestCallbackDue(policyDue, opened, min).getTime();
          expect(due).toBeLessThanOrEqual(policyDue.getTime());
          expect(due).toBeLessThanOrEqual(opened.getTime() + min * 60_000);
          expect([policyDue.getTime(), opened.getTime() + min * 60_000]).toContain(due);
        },
      ),
    );
  });
});

describe('outreach helpers', () => {
  it('mails when there is an address, and calls otherwise', () => {
    expect(outreachChannelFor('ada@example.com')).toBe('email');
    expect(outreachChannelFor(null)).toBe('call');
  });

  it('keeps the task title within 200 characters', () => {
    expect(outreachTaskTitle('Ada', 'the outage')).toBe('Tell Ada about the outage');
    const long = outreachTaskTitle('A'.repeat(200), 'the outage');
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });
});
