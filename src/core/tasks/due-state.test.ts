import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../calendar/today-in.ts';
import { isTaskOverdue, taskDueState } from './due-state.ts';

describe('todayIn', () => {
  it.each([
    // instant, zone, the workspace's date
    ['2026-11-23T09:00:00Z', 'UTC', '2026-11-23'],
    // Auckland is UTC+13 in November (daylight time): already tomorrow there.
    ['2026-11-23T12:00:00Z', 'Pacific/Auckland', '2026-11-24'],
    ['2026-11-23T10:59:59Z', 'Pacific/Auckland', '2026-11-23'],
    ['2026-11-23T11:00:00Z', 'Pacific/Auckland', '2026-11-24'],
    // Los Angeles is UTC-8 in November: still yesterday there.
    ['2026-11-23T05:00:00Z', 'America/Los_Angeles', '2026-11-22'],
    ['2026-11-23T08:00:00Z', 'America/Los_Angeles', '2026-11-23'],
    // Half-hour offset (UTC+5:30).
    ['2026-11-23T18:29:00Z', 'Asia/Kolkata', '2026-11-23'],
    ['2026-11-23T18:30:00Z', 'Asia/Kolkata', '2026-11-24'],
    // The night clocks go back in New York (2026-11-01): 23:30 local is 04:30Z the next UTC day.
    ['2026-11-02T04:30:00Z', 'America/New_York', '2026-11-01'],
    // Year boundary.
    ['2026-12-31T23:30:00Z', 'Europe/Berlin', '2027-01-01'],
  ])('%s in %s is %s', (instant, zone, date) => {
    expect(todayIn(new Date(instant), zone)).toBe(date);
  });

  it('agrees with the platform calendar for any instant and zone', () => {
    const zones = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (now, zone) => {
          const expected = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
          expect(todayIn(now, zone)).toBe(expected);
        },
      ),
    );
  });
});

describe('taskDueState', () => {
  const doneAt = new Date('2026-11-20T10:00:00Z');
  it.each([
    [{ dueOn: '2026-11-22', doneAt: null }, 'overdue'],
    [{ dueOn: '2026-11-23', doneAt: null }, 'today'],
    [{ dueOn: '2026-11-24', doneAt: null }, 'upcoming'],
    [{ dueOn: null, doneAt: null }, 'undated'],
    [{ dueOn: '2026-11-01', doneAt }, 'done'],
    // Across a month and a year boundary.
    [{ dueOn: '2026-10-31', doneAt: null }, 'overdue'],
    [{ dueOn: '2027-01-01', doneAt: null }, 'upcoming'],
  ] as const)('%o on 2026-11-23 is %s', (task, state) => {
    expect(taskDueState(task, '2026-11-23')).toBe(state);
  });

  it('makes the same task overdue in one zone and due today in another at the same instant', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const task = { dueOn: '2026-11-23', doneAt: null };
    expect(taskDueState(task, todayIn(now, 'UTC'))).toBe('today');
    expect(isTaskOverdue(task, todayIn(now, 'Pacific/Auckland'))).toBe(true);
    expect(taskDueState(task, todayIn(new Date('2026-11-23T05:00:00Z'), 'America/Los_Angeles'))).toBe(
      'upcoming',
    );
  });

  it('is overdue exactly when the due date is before today', () => {
    const day = fc
      .integer({ min: 0, max: 3650 })
      .map((n) => Temporal.PlainDate.from('2020-01-01').add({ days: n }).toString());
    fc.assert(
      fc.property(day, day, (dueOn, today) => {
        expect(isTaskOverdue({ dueOn, doneAt: null }, today)).toBe(dueOn < today);
        expect(isTaskOverdue({ dueOn, doneAt }, today)).toBe(false);
      }),
    );
  });
});
