import { formatBasisPoints, percentOf } from '../money/percent-of.ts';
import { type BillingPlan, treatmentOf } from './billing-plan.ts';
import { applyCredits, type Credit } from './credits.ts';
import type { InvoiceLine, PeriodBill } from './invoice.ts';
import { periodOf } from './periods.ts';

const BASE_LABELS = { month: 'Monthly fee', quarter: 'Quarterly fee', year: 'Yearly fee' } as const;

/**
 * The bill for period `index` under a resolved plan, spending `credits` as they stand
 * (their `usedMinor` is what earlier invoices took). `invoiceFor` and `schedule` both
 * come here, so a preview and the billing run produce the same invoice.
 */
export function billPeriod(plan: BillingPlan, credits: readonly Credit[], index: number): PeriodBill {
  const period = periodOf(plan.agreement, index);
  const treatment = treatmentOf(plan, index);
  if (!treatment.billed) {
    return { kind: 'none', period, reason: treatment.reason, sourceId: treatment.source?.id ?? null };
  }

  const price = treatment.priceMinor;
  const lines: InvoiceLine[] = [
    {
      kind: 'base',
      description: plan.agreement.label ?? BASE_LABELS[plan.agreement.interval],
      amountMinor: price,
      sourceId: null,
    },
  ];
  const { holiday, free, reduction } = treatment;
  if (holiday) {
    const nth = index - holiday.fromPeriod + 1;
    lines.push({
      kind: 'holiday',
      description: `Payment holiday (period ${nth} of ${holiday.periods})`,
      amountMinor: -price,
      sourceId: holiday.id,
    });
  } else if (free) {
    lines.push({
      kind: 'free_period',
      description: free.description ?? 'Free period',
      amountMinor: -price,
      sourceId: free.id,
    });
  } else if (reduction) {
    // Even when it rounds to nothing (12.5 % of one cent) the line stays, so every period
    // a reduction covers shows it.
    lines.push({
      kind: 'discount',
      description: `Reduction ${formatBasisPoints(reduction.basisPoints)}`,
      amountMinor: -percentOf(price, reduction.basisPoints),
      sourceId: reduction.id,
    });
  }

  const due = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const { lines: creditLines, uses } = applyCredits(credits, index, due);
  lines.push(...creditLines);
  const totalMinor = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  // A -0 from negating a zero price would compare equal but print oddly; keep zeros plain.
  for (const line of lines) line.amountMinor ||= 0;
  return { kind: 'invoice', period, currency: plan.agreement.currency, lines, totalMinor, creditsUsed: uses };
}
