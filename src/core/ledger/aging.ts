import { daysBetween } from '../calendar/today-in.ts';

/** The receivables-aging columns, by days past the due date. */
export const AGING_BUCKETS = ['current', 'days1To30', 'days31To60', 'days61To90', 'days90Plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export type AgingTotals = Record<AgingBucket, number> & { total: number };

/** What one invoice still owes on the aging date, as the journal says. */
export interface ReceivableItem {
  invoiceId: string;
  clientId: string;
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  outstandingMinor: number;
}

export interface ClientAging extends AgingTotals {
  clientId: string;
  /** Days past due of the client's oldest unpaid invoice; 0 when nothing is late. */
  oldestDaysPastDue: number;
}

export interface AgingReport {
  asOf: string;
  totals: AgingTotals;
  /** Clients who owe something, largest debt first. */
  clients: ClientAging[];
}

/**
 * The bucket of an amount `daysPastDue` days late. Due today or later is current: a
 * reminder is not owed until the due date has passed.
 */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'days1To30';
  if (daysPastDue <= 60) return 'days31To60';
  if (daysPastDue <= 90) return 'days61To90';
  return 'days90Plus';
}

const emptyTotals = (): AgingTotals => ({
  current: 0,
  days1To30: 0,
  days31To60: 0,
  days61To90: 0,
  days90Plus: 0,
  total: 0,
});

/**
 * Ages what is owed as of `asOf`: each invoice's outstanding amount in the bucket of its
 * days past due, summed per client and overall. Items owing nothing (paid, void, or a
 * payment dated before the invoice) are left out rather than shown as negative debt.
 */
export function ageReceivables(items: readonly ReceivableItem[], asOf: string): AgingReport {
  const totals = emptyTotals();
  const byClient = new Map<string, ClientAging>();
  for (const item of items) {
    if (item.outstandingMinor <= 0) continue;
    const daysPastDue = Math.max(0, daysBetween(item.dueOn, asOf));
    const bucket = agingBucket(daysPastDue);
    const client = byClient.get(item.clientId) ?? {
      clientId: item.clientId,
      oldestDaysPastDue: 0,
      ...emptyTotals(),
    };
    client[bucket] += item.outstandingMinor;
    client.total += item.outstandingMinor;
    client.oldestDaysPastDue = Math.max(client.oldestDaysPastDue, daysPastDue);
    byClient.set(item.clientId, client);
    totals[bucket] += item.outstandingMinor;
    totals.total += item.outstandingMinor;
  }
  const clients = [...byClient.values()].sort(
    (a, b) => b.total - a.total || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );
  return { asOf, totals, clients };
}
