import { addDays, todayIn } from '../calendar/today-in.ts';

/**
 * Step 2, "now is not the time to become unavailable": the day the next update to a
 * client falls due — the workspace's date of the last update, plus the cadence.
 */
export function nextUpdateDue(lastUpdate: Date, cadenceDays: number, timeZone: string): string {
  return addDays(todayIn(lastUpdate, timeZone), cadenceDays);
}

/** An update due on a day is late from the next day on (the whole due day counts). */
export function isUpdateOverdue(nextUpdateDueOn: string | null, today: string): boolean {
  return nextUpdateDueOn !== null && nextUpdateDueOn < today;
}

/**
 * "Return every customer call ASAP during this time": an inbound contact from an affected
 * client is due back by the workspace policy or within the disruption's minutes, whichever
 * comes first. `disruptionMinutes` is null when the client is in no active disruption.
 */
export function earliestCallbackDue(policyDue: Date, openedAt: Date, disruptionMinutes: number | null): Date {
  if (disruptionMinutes === null) return policyDue;
  const disruptionDue = openedAt.getTime() + disruptionMinutes * 60_000;
  return new Date(Math.min(policyDue.getTime(), disruptionDue));
}
