import { spellDate } from '../../../../core/disruptions/time-frame.ts';

// Words the disruption screens share.

export const STATUS_LABELS = { active: 'Active', resolved: 'Resolved' } as const;
export const STATUS_TONES = { active: 'badge-warning', resolved: 'badge-success' } as const;

/** "Monday 14 December 2026": the date as clients read it in their messages. */
export const promiseText = (date: string | null) => (date ? spellDate(date) : 'No date yet');

/** "80 %" of a whole, or an en dash for nothing to count. */
export function percentOf(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;
}

export const plural = (count: number, noun: string, nouns = `${noun}s`) =>
  `${count.toLocaleString()} ${count === 1 ? noun : nouns}`;
