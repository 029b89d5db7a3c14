import type { ResponsePolicy } from '../../api/types.ts';

/** ISO weekdays 1 (Monday) … 7 (Sunday), as short names in the reader's language. */
export const WEEKDAYS: { day: number; short: string; long: string }[] = [1, 2, 3, 4, 5, 6, 7].map((day) => {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, day));
  return {
    day,
    short: date.toLocaleDateString(undefined, { weekday: 'short', timeZone: 'UTC' }),
    long: date.toLocaleDateString(undefined, { weekday: 'long', timeZone: 'UTC' }),
  };
});

/** "4 hours", "2 hours 30 minutes", "45 minutes". */
export function formatHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    whole ? `${whole} hour${whole === 1 ? '' : 's'}` : '',
    rest ? `${rest} minute${rest === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' ') || '0 minutes';
}

/** "Mon–Fri", "Mon, Wed, Fri", "every day". */
export function formatWorkdays(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'every day';
  if (sorted.length === 0) return 'no days';
  const name = (day: number) => WEEKDAYS[day - 1]?.short ?? String(day);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length >= 3 ? `${name(run[0] ?? 1)}–${name(run.at(-1) ?? 1)}` : run.map(name).join(', '),
    )
    .join(', ');
}

/** The policy as the promise it makes to clients, in one sentence. */
export function describePolicy(policy: ResponsePolicy, timeZone: string): string {
  const within = formatHours(policy.callbackHours);
  if (!policy.businessHoursOnly) return `Every inbound request is due back within ${within}, day or night.`;
  return `Every inbound request is due back within ${within} of business hours: ${formatWorkdays(
    policy.workdays,
  )}, ${policy.dayStart}–${policy.dayEnd} (${timeZone.replaceAll('_', ' ')}). Requests outside those hours wait for the next opening.`;
}
