import type { PeriodBill } from '../../api/billing-types.ts';
import { formatCalendarDate } from '../../lib/format.ts';

export interface StartOption {
  period: number;
  start: string;
  label: string;
}

const SHOWN = 6;

/**
 * The periods an offer may start with: after the last one already invoiced (an issued
 * invoice stands), from the period under way on. The default is the server's: the first
 * period starting after today. `bills` is the agreement's preview from the period under way.
 */
export function startOptions(
  bills: readonly PeriodBill[],
  today: string,
): { options: StartOption[]; initial: number | null } {
  const lastInvoiced = Math.max(
    -1,
    ...bills.filter((bill) => bill.invoiceId).map((bill) => bill.periodIndex),
  );
  const open = bills
    .filter(
      (bill) => bill.periodIndex > lastInvoiced && (bill.outcome === 'invoice' || bill.outcome === 'paused'),
    )
    .slice(0, SHOWN);
  const next = open.find((bill) => bill.start > today);
  const options = open.map((bill) => {
    const when =
      bill.start <= today ? ' · under way, not invoiced yet' : bill === next ? ' · next invoice' : '';
    return { period: bill.periodIndex, start: bill.start, label: `${formatCalendarDate(bill.start)}${when}` };
  });
  return { options, initial: (next ?? open[0])?.periodIndex ?? null };
}
