import type { Interval } from '../billing/periods.ts';
import { formatBasisPoints } from '../money/percent-of.ts';
import type { SaveOffer } from './offer.ts';
import { formatDay, formatDayList, formatMoney } from './plain-format.ts';

/** One period of a preview, as the billing core computed it with the offer applied. */
export interface ConfirmationPeriod {
  periodIndex: number;
  /** The invoice date (billing is in advance). */
  start: string;
  outcome: 'invoice' | 'paused' | 'cancelled' | 'after_end';
  totalMinor: number;
  lines: readonly { kind: string; amountMinor: number }[];
}

export interface ConfirmationInput {
  offer: SaveOffer;
  currency: string;
  interval: Interval;
  /** The periods from the offer's first period on, with the offer applied; through the period after it at least. */
  periods: readonly ConfirmationPeriod[];
  /** The agreement's end with the offer: the moved term end, or null while open-ended. */
  endDate: string | null;
  /** What the client has committed to stay through with the offer (an open-ended holiday's payback). */
  commitmentEndDate: string | null;
  /** The price per period before a downgrade. */
  previousPriceMinor: number;
}

const PER = { month: 'a month', quarter: 'a quarter', year: 'a year' } as const;

/**
 * The plain confirmation the client is sent or handed (issue, Outcome: "a plain
 * confirmation of what was agreed, with dates and amounts"), from the previewed invoices
 * so it says exactly what the billing run will do. For example: "Your payment holiday
 * covers the invoices of 24 Feb, 24 Mar and 24 Apr 2027; billing resumes on 24 May 2027
 * at €120.00; in return your agreement now runs to 23 Aug 2028."
 */
export function confirmationText(input: ConfirmationInput): string {
  const { offer, currency } = input;
  const money = (amount: number) => formatMoney(amount, currency);
  const byIndex = new Map(input.periods.map((p) => [p.periodIndex, p]));
  const window = (count: number) =>
    Array.from({ length: count }, (_, i) => byIndex.get(offer.fromPeriod + i)).filter(
      (p): p is ConfirmationPeriod => p !== undefined,
    );
  const resumes = (count: number) => {
    const next = byIndex.get(offer.fromPeriod + count);
    if (!next) return '';
    if (next.outcome !== 'invoice')
      return `; your agreement ends on the last day before ${formatDay(next.start)}`;
    return `; billing resumes on ${formatDay(next.start)} at ${money(next.totalMinor)}`;
  };
  const runsTo = () => {
    if (input.endDate) return `; in return your agreement now runs to ${formatDay(input.endDate)}`;
    if (input.commitmentEndDate) {
      return `; in return you have agreed to continue through ${formatDay(input.commitmentEndDate)}`;
    }
    return '';
  };

  switch (offer.kind) {
    case 'holiday': {
      const periods = window(offer.periods);
      const dates = formatDayList(periods.map((p) => p.start));
      return `Your payment holiday covers the invoices of ${dates}${resumes(offer.periods)}${runsTo()}.`;
    }
    case 'reduction': {
      const periods = window(offer.periods);
      const dates = formatDayList(periods.map((p) => p.start));
      const full = periods.map((p) =>
        p.lines.filter((l) => l.kind === 'base').reduce((s, l) => s + l.amountMinor, 0),
      );
      const totals = periods.map((p) => p.totalMinor);
      const isEven = totals.every((t) => t === totals[0]) && full.every((f) => f === full[0]);
      const amounts = isEven
        ? `${money(totals[0] ?? 0)} instead of ${money(full[0] ?? 0)} each`
        : `${money(sum(totals))} in all instead of ${money(sum(full))}`;
      const next = byIndex.get(offer.fromPeriod + offer.periods);
      const back =
        next?.outcome === 'invoice'
          ? `; billing returns to the full price on ${formatDay(next.start)} (${money(next.totalMinor)})`
          : resumes(offer.periods);
      return `Your ${formatBasisPoints(offer.basisPoints)} reduction applies to the invoices of ${dates}: ${amounts}${back}.`;
    }
    case 'downgrade': {
      const first = byIndex.get(offer.fromPeriod);
      const from = first ? formatDay(first.start) : `period ${offer.fromPeriod + 1}`;
      return (
        `From ${from} your plan is ${offer.planName} at ${money(offer.priceMinor)} ${PER[input.interval]} ` +
        `instead of ${money(input.previousPriceMinor)}.`
      );
    }
    case 'pause': {
      const first = byIndex.get(offer.fromPeriod);
      const from = first ? formatDay(first.start) : `period ${offer.fromPeriod + 1}`;
      const next = byIndex.get(offer.fromPeriod + offer.periods);
      const back =
        next?.outcome === 'invoice'
          ? `; both resume on ${formatDay(next.start)} at ${money(next.totalMinor)}`
          : resumes(offer.periods);
      const end = input.endDate ? `; your agreement now runs to ${formatDay(input.endDate)}` : '';
      return `Your service and billing are paused from ${from}${back}${end}.`;
    }
    default:
      return unknownOffer(offer);
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function unknownOffer(offer: never): never {
  throw new RangeError(`Unknown offer kind ${JSON.stringify((offer as SaveOffer).kind)}`);
}
