import { Temporal } from 'temporal-polyfill';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../calendar/names.ts';
import { addDays, daysBetween } from '../calendar/today-in.ts';

/**
 * Step 4, "give your client a time frame, allow yourself some wiggle room": our own
 * estimate plus a buffer of days is the date we promise clients.
 */
export function promiseFor(estimateOn: string, bufferDays: number): string {
  return addDays(estimateOn, bufferDays);
}

/** What a new estimate does to the promise clients were given. */
export type Slip =
  /** No promise yet: this estimate makes the first one. */
  | { kind: 'first'; proposedPromisedOn: string }
  /** The estimate is on or before the promise: it stands and nobody needs telling. */
  | { kind: 'stands'; promisedOn: string }
  /** The estimate moved past the promise: a new one is proposed and every client must be told. */
  | { kind: 'slipped'; promisedOn: string; proposedPromisedOn: string; lateByDays: number };

/**
 * Compares a new estimate with the current promise. An estimate that moves earlier keeps
 * the promise (the wiggle room grows); only one past the promise breaks it.
 */
export function slip(estimateOn: string, currentPromise: string | null, bufferDays: number): Slip {
  const proposedPromisedOn = promiseFor(estimateOn, bufferDays);
  if (currentPromise === null) return { kind: 'first', proposedPromisedOn };
  if (estimateOn <= currentPromise) return { kind: 'stands', promisedOn: currentPromise };
  return {
    kind: 'slipped',
    promisedOn: currentPromise,
    proposedPromisedOn,
    lateByDays: daysBetween(currentPromise, estimateOn),
  };
}

/** A client must be told when there is a promise and it is not the one they last heard. */
export function mustBeTold(toldPromisedOn: string | null, currentPromise: string | null): boolean {
  return currentPromise !== null && toldPromisedOn !== currentPromise;
}

/**
 * A calendar date as people say it, "Monday 14 December 2026": the weekday makes a date
 * easy to fix on, and spelling the month out avoids 12/14 versus 14/12. Written by hand
 * so a message reads the same whatever the server's locale data.
 */
export function spellDate(date: string): string {
  const day = Temporal.PlainDate.from(date);
  return `${WEEKDAY_NAMES[day.dayOfWeek - 1]} ${day.day} ${MONTH_NAMES[day.month - 1]} ${day.year}`;
}
