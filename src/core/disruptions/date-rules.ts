import { addDays } from '../calendar/today-in.ts';

/** How far from today a disruption may be said to start: a planned absence, or one declared late. */
export const START_WINDOW_DAYS = 365;
/** How far ahead an estimate may reach: further than this is not a time frame a client can fix on. */
export const ESTIMATE_HORIZON_DAYS = 730;

/** Why a start date is refused, or null. A future start is a disruption announced ahead. */
export function startedOnProblem(startedOn: string, today: string): string | null {
  if (startedOn < addDays(today, -START_WINDOW_DAYS)) return `More than ${START_WINDOW_DAYS} days ago`;
  if (startedOn > addDays(today, START_WINDOW_DAYS)) return `More than ${START_WINDOW_DAYS} days ahead`;
  return null;
}

/**
 * Why an estimate of the day things are back to normal is refused, or null: it cannot be
 * in the past, nor before the disruption starts, nor beyond the horizon.
 */
export function estimateProblem(estimateOn: string, today: string, startedOn: string): string | null {
  if (estimateOn < today) return 'Already past: an estimate is today or later';
  if (estimateOn < startedOn) return 'Before the disruption starts';
  if (estimateOn > addDays(today, ESTIMATE_HORIZON_DAYS))
    return `More than ${ESTIMATE_HORIZON_DAYS} days ahead`;
  return null;
}

/** Why a promise is refused, or null: the wiggle room goes after the estimate, never before it. */
export function promiseProblem(promisedOn: string, estimateOn: string | null): string | null {
  if (estimateOn === null) return 'Give an estimate first (POST …/estimate)';
  if (promisedOn < estimateOn)
    return `Before the estimate (${estimateOn}): a promise needs the estimate behind it`;
  if (promisedOn > addDays(estimateOn, 365)) return 'More than 365 days after the estimate';
  return null;
}
