// Dates are shown in the workspace's time zone, whatever the browser's zone is.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(undefined, { timeZone, ...options });
    cache.set(key, found);
  }
  return found;
}

/** "12 Mar 2026, 14:05" in the workspace zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "14:05" in the workspace zone. */
export function formatTime(iso: string, timeZone: string): string {
  return formatter(timeZone, { timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar date 'YYYY-MM-DD' as "12 Mar 2026"; calendar dates have no zone. */
export function formatCalendarDate(date: string): string {
  return formatter('UTC', { dateStyle: 'medium' }).format(new Date(`${date}T00:00:00Z`));
}

/** The workspace's current date as 'YYYY-MM-DD'. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours", "2 days ago", "now". */
export function formatRelative(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return relative.format(Math.round(diff / size), unit);
  }
  return 'just now';
}

/** "3 h 20 min" — how long something has been late, for loud overdue labels. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

/** "2 years 3 months" between a calendar date and today; the relationship's length. */
export function formatTenure(since: string, today: string): string {
  const [y1, m1, d1] = since.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months < 0) return 'starting soon';
  if (months === 0) {
    const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
    return days <= 0 ? 'since today' : plural(days, 'day');
  }
  const years = Math.floor(months / 12);
  months %= 12;
  return [years ? plural(years, 'year') : '', months ? plural(months, 'month') : '']
    .filter(Boolean)
    .join(' ');
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0] ?? '?'];
  return letters.map((part) => part?.[0]?.toUpperCase() ?? '').join('');
}
