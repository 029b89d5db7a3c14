import type { ThankYou, ThankYouKind } from '../../api/disruption-thanks-types.ts';
import { formatMoney } from '../../lib/format.ts';

export const KIND_LABELS: Record<ThankYouKind, string> = {
  service_credit: 'Service credit',
  free_month: 'Free month',
  discount: 'Discount',
  gift: 'Gift',
  handwritten_note: 'Handwritten note',
  call: 'Thank-you call',
};

export const KINDS = Object.keys(KIND_LABELS) as ThankYouKind[];

/** Kinds applied to billing when marked done (the owner's). */
export const MONEY_KINDS: readonly ThankYouKind[] = ['service_credit', 'free_month', 'discount'];

/** "Service credit of $50.00", "20 % off 3 invoices", "Gift: flowers". */
export function describeThankYou(
  thankYou: Pick<ThankYou, 'kind' | 'terms' | 'valueMinor'>,
  currency: string,
): string {
  const terms = thankYou.terms as Record<string, unknown>;
  switch (thankYou.kind) {
    case 'service_credit':
      return `Service credit of ${formatMoney(Number(terms.amountMinor), currency)}`;
    case 'free_month':
      return thankYou.valueMinor === null
        ? 'Free month (the next period’s price)'
        : `Free month (${formatMoney(thankYou.valueMinor, currency)})`;
    case 'discount': {
      const periods = Number(terms.periods);
      return `${Number(terms.basisPoints) / 100} % off ${periods} invoice${periods === 1 ? '' : 's'}`;
    }
    case 'gift':
      return `Gift: ${String(terms.description ?? '')}`;
    default:
      return KIND_LABELS[thankYou.kind];
  }
}
