import {
  type BillingCalendar,
  periodIndexOn,
  periodOf,
  periodStart,
} from '../../../../core/billing/periods.ts';
import { formatBasisPoints } from '../../../../core/money/percent-of.ts';
import type { Agreement, AgreementAdjustment, BillingInterval } from '../../api/billing-types.ts';
import { formatCalendarDate, formatMoney, formatMonth, plural } from '../../lib/format.ts';

// The period calendar is the server's own pure code, so the dates offered here are the
// dates the server accepts (a term ends on the last day of a period).

const PERIOD_NOUN: Record<BillingInterval, string> = { month: 'month', quarter: 'quarter', year: 'year' };

export function calendarOf(agreement: Pick<Agreement, 'startsOn' | 'interval'>): BillingCalendar {
  return { startDate: agreement.startsOn, interval: agreement.interval };
}

/** "3 months", "2 quarters": a count of the agreement's periods. */
export function periodsLabel(count: number, interval: BillingInterval): string {
  return plural(count, PERIOD_NOUN[interval]);
}

/** The period under way today (0 before the start), where previews and "active" begin. */
export function currentPeriodIndex(
  agreement: Pick<Agreement, 'startsOn' | 'interval'>,
  today: string,
): number {
  return periodIndexOn(calendarOf(agreement), today) ?? 0;
}

/** Whether an adjustment still shapes billing from the current period on. */
export function isAdjustmentCurrent(adjustment: AgreementAdjustment, current: number): boolean {
  const { periods } = adjustment.terms;
  if (adjustment.kind === 'cancellation' || adjustment.kind === 'price_change') return true;
  if (typeof periods === 'number') return adjustment.fromPeriod + periods > current;
  return adjustment.fromPeriod >= current;
}

/** "Payment holiday · 3 months from Mar 2027": what the adjustment does, and when. */
export function adjustmentLabel(adjustment: AgreementAdjustment, agreement: Agreement): string {
  const from = formatMonth(periodStart(calendarOf(agreement), adjustment.fromPeriod));
  const { periods, basisPoints, priceMinor, description } = adjustment.terms;
  const span = typeof periods === 'number' ? ` · ${periodsLabel(periods, agreement.interval)}` : '';
  switch (adjustment.kind) {
    case 'payment_holiday':
      return `Payment holiday${span} from ${from}`;
    case 'pause':
      return `Paused${span} from ${from}`;
    case 'reduction':
      return `${formatBasisPoints(basisPoints ?? 0)} off${span} from ${from}`;
    case 'price_change':
      return `New price ${formatMoney(priceMinor ?? 0, agreement.currency)} from ${from}`;
    case 'free_period':
      return `${description ?? 'Free period'} · from ${from}`;
    case 'cancellation':
      return `Billing stops from ${formatCalendarDate(periodStart(calendarOf(agreement), adjustment.fromPeriod))}`;
  }
}

export const ADJUSTMENT_TONES: Record<AgreementAdjustment['kind'], string> = {
  payment_holiday: 'badge-prospect',
  pause: 'badge-paused',
  reduction: 'badge-prospect',
  price_change: 'badge-neutral',
  free_period: 'badge-success',
  cancellation: 'badge-cancelled',
};

export interface TermOption {
  /** The select's value: a count of periods, or 'open'. */
  value: string;
  label: string;
  termEnd: string | null;
}

const TERM_COUNTS: Record<BillingInterval, number[]> = {
  month: [1, 3, 6, 12, 24],
  quarter: [1, 2, 4, 8],
  year: [1, 2, 3],
};

/**
 * The terms a user may pick for an agreement starting on `startsOn`: each ends on the last
 * day of a period, worked out here so nobody types a date the server would refuse.
 */
export function termOptions(startsOn: string, interval: BillingInterval): TermOption[] {
  const open: TermOption = { value: 'open', label: 'Open-ended, until cancelled', termEnd: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) return [open];
  try {
    const calendar: BillingCalendar = { startDate: startsOn, interval };
    return [
      open,
      ...TERM_COUNTS[interval].map((count) => {
        const termEnd = periodOf(calendar, count - 1).end;
        return {
          value: String(count),
          label: `${periodsLabel(count, interval)} (ends ${formatCalendarDate(termEnd)})`,
          termEnd,
        };
      }),
    ];
  } catch {
    return [open]; // not a real date ('2026-02-30'): the server explains why
  }
}
