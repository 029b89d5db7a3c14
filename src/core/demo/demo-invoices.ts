import {
  type Adjustment,
  type BillingAgreement,
  type Credit,
  firstPeriodFrom,
  type Invoice,
  periodsStartedThrough,
  recurringTwelfths,
  schedule,
  twelfthsToMinor,
} from '../billing/index.ts';
import type { DemoAgreement, DemoInvoice, DemoPricePlan } from './demo-billing.ts';
import { addDays } from './demo-time.ts';

/** What the billing core needs to bill a demo agreement, as the workspace will store it. */
export interface DemoBillingInputs {
  agreement: BillingAgreement;
  adjustments: Adjustment[];
  credits: Credit[];
}

/** The core's view of a demo agreement; ids are stand-ins, since no two adjustments tie on one. */
export function demoBillingInputs(
  demo: DemoAgreement,
  plans: readonly DemoPricePlan[],
  currency: string,
): DemoBillingInputs {
  const plan = plans[demo.plan] as DemoPricePlan;
  const agreement: BillingAgreement = {
    startDate: demo.startsOn,
    interval: plan.interval,
    priceMinor: plan.priceMinor,
    currency,
    termEnd: demo.termEnd,
    label: plan.name,
  };
  const adjustments: Adjustment[] = demo.adjustments.map(({ reason: _, ...terms }, n) => ({
    ...terms,
    id: `adjustment-${n}`,
  }));
  if (demo.cancellation) {
    // As `cancelAgreement` stores it: billing stops from the first period starting on or after the day.
    const fromPeriod = firstPeriodFrom(agreement, demo.cancellation.effectiveOn);
    adjustments.push({ kind: 'cancellation', id: 'cancellation', fromPeriod });
  }
  const credits: Credit[] = demo.credit
    ? [
        {
          id: 'credit',
          amountMinor: demo.credit.amountMinor,
          usedMinor: 0,
          fromPeriod: demo.credit.fromPeriod,
          description: demo.credit.description,
        },
      ]
    : [];
  return { agreement, adjustments, credits };
}

/** The invoices a billing run through `today` issues for an agreement, oldest first. */
export function invoicesThrough(inputs: DemoBillingInputs, today: string): Invoice[] {
  const { agreement, adjustments, credits } = inputs;
  const started = periodsStartedThrough(agreement, today);
  return schedule(agreement, adjustments, credits, 0, started).filter(
    (bill): bill is Invoice => bill.kind === 'invoice',
  );
}

/** Every invoice of every agreement, in agreement order, with its due date. */
export function demoInvoices(
  inputs: readonly DemoBillingInputs[],
  today: string,
  paymentTermsDays: number,
): DemoInvoice[] {
  return inputs.flatMap((agreementInputs, agreement) =>
    invoicesThrough(agreementInputs, today).map((invoice) => ({
      agreement,
      periodIndex: invoice.period.index,
      issuedOn: invoice.period.start,
      dueOn: addDays(invoice.period.start, paymentTermsDays),
      totalMinor: invoice.totalMinor,
    })),
  );
}

/** Monthly recurring revenue on `today`, summed and rounded as Today does. */
export function demoMonthlyRecurring(inputs: readonly DemoBillingInputs[], today: string): number {
  let twelfths = 0;
  for (const { agreement, adjustments } of inputs) {
    if (agreement.startDate <= today) twelfths += recurringTwelfths(agreement, adjustments, today);
  }
  return twelfthsToMinor(twelfths);
}
