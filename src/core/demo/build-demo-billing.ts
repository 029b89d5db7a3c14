import { daysBetween } from '../calendar/today-in.ts';
import { agingBucket } from '../ledger/aging.ts';
import { type AgreementContext, agreementFor, LATE_BUCKETS, latePayerAgreement } from './demo-agreements.ts';
import type { DemoAgreement, DemoBilling, DemoInvoice } from './demo-billing.ts';
import { castBilling } from './demo-billing-cast.ts';
import { demoBillingInputs, demoInvoices, demoMonthlyRecurring, invoicesThrough } from './demo-invoices.ts';
import { demoPayments } from './demo-payments.ts';
import type { DemoClient } from './demo-plan.ts';
import { DEMO_PRICE_LIST } from './demo-price-list.ts';
import type { Random } from './seeded-random.ts';

export interface DemoBillingOptions {
  rng: Random;
  clients: DemoClient[];
  today: string;
  timeZone: string;
  currency: string;
  /** Days from an invoice's issue to its due date, as the billing run sets them. */
  paymentTermsDays: number;
}

/**
 * The demo's billing side: the price list, an agreement for every client who is or was
 * one (started within the past year), the save desk's adjustments, every invoice a
 * billing run through today issues (computed by the billing core, as the run will), and
 * the payments — leaving a few recent invoices open and three overdue, one in each of
 * three aging buckets: a former client's last invoice and two late payers', one of them
 * partly paid. Pure: the dates come from the clients' timelines and `today`.
 */
export function buildDemoBilling(options: DemoBillingOptions): DemoBilling {
  const { rng, clients, today, currency, paymentTermsDays } = options;
  const cast = castBilling(rng, clients, today, options.timeZone);
  const context: AgreementContext = { rng, today, timeZone: options.timeZone, cast };
  const byClient = new Map<number, DemoAgreement>();
  clients.forEach((client, index) => {
    if (client.profile.status === 'prospect' || cast.latePayers.includes(index)) return;
    byClient.set(index, agreementFor(context, client, index));
  });

  // The client who left longest ago never paid its last invoice; the late payers' unpaid
  // invoices go in the aging buckets it leaves free.
  const leaver = clients
    .flatMap((client, index) => (client.profile.status === 'cancelled' ? [{ index, client }] : []))
    .sort((a, b) => ((a.client.endedOn ?? '') < (b.client.endedOn ?? '') ? -1 : 1))[0];
  if (!leaver) throw new Error('the demo has no former client');
  const leaverInputs = demoBillingInputs(
    byClient.get(leaver.index) as DemoAgreement,
    DEMO_PRICE_LIST,
    currency,
  );
  const lastIssued = invoicesThrough(leaverInputs, today).at(-1)?.period.start ?? today;
  const leaverBucket = agingBucket(daysBetween(lastIssued, today) - paymentTermsDays);
  const buckets = LATE_BUCKETS.filter((bucket) => bucket !== leaverBucket);
  cast.latePayers.forEach((index, n) => {
    const bucket = buckets[n] as (typeof buckets)[number];
    const client = clients[index] as DemoClient;
    byClient.set(index, latePayerAgreement(context, client, index, bucket, paymentTermsDays));
  });

  const agreements = [...byClient.entries()].sort(([a], [b]) => a - b).map(([, agreement]) => agreement);
  const inputs = agreements.map((agreement) => demoBillingInputs(agreement, DEMO_PRICE_LIST, currency));
  const invoices = demoInvoices(inputs, today, paymentTermsDays);
  const lastInvoiceOf = (client: number) =>
    invoices.findLastIndex((invoice: DemoInvoice) => agreements[invoice.agreement]?.client === client);
  const [older, newer] = cast.latePayers.map(lastInvoiceOf).sort((a, b) => {
    const dueOf = (i: number) => (invoices[i] as DemoInvoice).dueOn;
    return dueOf(a) < dueOf(b) ? -1 : 1;
  }) as [number, number];
  const payments = demoPayments({
    rng,
    clients,
    agreements,
    invoices,
    today,
    unpaid: [lastInvoiceOf(leaver.index), newer],
    partlyPaid: older,
    barter: cast.barter,
  });
  return {
    plans: [...DEMO_PRICE_LIST],
    agreements,
    invoices,
    payments,
    mrrMinor: demoMonthlyRecurring(inputs, today),
  };
}
