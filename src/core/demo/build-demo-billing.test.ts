import { describe, expect, it } from 'vitest';
import { periodStart, periodsDueThrough, validateAdjustment, validateAgreement } from '../billing/index.ts';
import { daysBetween, todayIn } from '../calendar/today-in.ts';
import { agingBucket } from '../ledger/aging.ts';
import { buildDemoPlan } from './build-demo-plan.ts';
import type { DemoInvoice } from './demo-billing.ts';
import { demoBillingInputs } from './demo-invoices.ts';
import type { DemoClient, DemoPlan } from './demo-plan.ts';
import { addDays } from './demo-time.ts';

const NOW = new Date('2026-03-18T14:30:00Z');
const plans = new Map<string, DemoPlan>();
/** The plan for a case, made once: the cases below read the same plans. */
const plan = (seed = 1, timeZone = 'UTC', now = NOW) => {
  const key = `${seed} ${timeZone} ${now.toISOString()}`;
  const made = plans.get(key) ?? buildDemoPlan({ seed, now, timeZone, paymentTermsDays: 14 });
  plans.set(key, made);
  return made;
};
const ZONES = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'];
// Several seeds, zones and days of the month (a 31st, the end of February, a 1st).
const CASES = [1, 2, 3, 4, 5, 6].flatMap((seed) =>
  ZONES.map((zone, n) => ({
    seed,
    zone,
    now: new Date(
      ['2026-03-31T10:00:00Z', '2026-02-28T22:00:00Z', '2026-07-01T09:00:00Z'][(seed + n) % 3] as string,
    ),
  })),
);

/** Each invoice with what its payments add up to. */
function standing(demo: DemoPlan) {
  const paid = new Map<number, number>();
  for (const payment of demo.billing.payments) {
    paid.set(payment.invoice, (paid.get(payment.invoice) ?? 0) + payment.amountMinor);
  }
  return demo.billing.invoices.map((invoice, index) => ({
    ...invoice,
    index,
    paidMinor: paid.get(index) ?? 0,
    owedMinor: invoice.totalMinor - (paid.get(index) ?? 0),
  }));
}

const clientOf = (demo: DemoPlan, invoice: DemoInvoice) =>
  demo.clients[demo.billing.agreements[invoice.agreement]?.client ?? -1] as DemoClient;

describe('the demo billing', () => {
  it('is the same for the same seed and different for another', () => {
    const again = buildDemoPlan({ seed: 7, now: NOW, timeZone: 'UTC', paymentTermsDays: 14 });
    expect(again.billing).toEqual(plan(7).billing);
    expect(plan(1).billing.agreements.map((a) => a.startsOn)).not.toEqual(
      plan(2).billing.agreements.map((a) => a.startsOn),
    );
  });

  it('prices monthly, quarterly and yearly plans in whole cents of the workspace currency', () => {
    const { billing, currency } = plan();
    expect(currency).toBe('USD');
    expect(billing.plans.length).toBeGreaterThanOrEqual(3);
    expect(billing.plans.length).toBeLessThanOrEqual(4);
    expect(new Set(billing.plans.map((p) => p.interval))).toEqual(new Set(['month', 'quarter', 'year']));
    for (const { priceMinor } of billing.plans)
      expect(Number.isSafeInteger(priceMinor) && priceMinor > 0).toBe(true);
  });

  it.each(CASES)(
    'signs every client but the prospects within the past year (seed $seed, $zone, $now)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const { agreements } = demo.billing;
      const signed = agreements.map((agreement) => agreement.client);
      const clients = demo.clients.flatMap((client, i) => (client.profile.status === 'prospect' ? [] : [i]));
      expect(signed).toEqual(clients);
      for (const agreement of agreements) {
        const client = demo.clients[agreement.client] as DemoClient;
        const { agreement: core, adjustments } = demoBillingInputs(
          agreement,
          demo.billing.plans,
          demo.currency,
        );
        expect(validateAgreement(core)).toEqual([]);
        adjustments.forEach((adjustment, n) => {
          expect(validateAdjustment(core, adjustments.slice(0, n), adjustment)).toEqual([]);
        });
        expect(agreement.startsOn >= client.since).toBe(true);
        expect(agreement.startsOn >= addDays(demo.today, -366) && agreement.startsOn < demo.today).toBe(true);
        expect(agreement.termEnd === null || agreement.termEnd > demo.today).toBe(true);
        // Cancelled clients' agreements stop at the period after they called to cancel.
        const isCancelled = client.profile.status === 'cancelled';
        expect(agreement.cancellation !== null).toBe(isCancelled);
        if (agreement.cancellation) {
          expect(agreement.cancellation.effectiveOn >= (client.endedOn as string)).toBe(true);
          expect(daysBetween(client.endedOn as string, agreement.cancellation.effectiveOn)).toBeLessThan(31);
        }
      }
      const fixed = agreements.filter((agreement) => agreement.termEnd !== null).length;
      expect(fixed).toBeGreaterThanOrEqual(5);
      expect(agreements.length - fixed).toBeGreaterThanOrEqual(5);
    },
  );

  it.each(CASES)(
    'tells the save desk’s stories from the timelines (seed $seed, $zone)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const { agreements, plans } = demo.billing;
      const said = (client: DemoClient, words: string, before: string) =>
        client.touches.some((touch) => touch.summary.includes(words) && todayIn(touch.at, zone) <= before);
      const firstDayOf = (agreement: (typeof agreements)[number], fromPeriod: number) =>
        periodStart(
          { startDate: agreement.startsOn, interval: plans[agreement.plan]?.interval ?? 'month' },
          fromPeriod,
        );
      const withAdjustment = (kind: string) =>
        agreements.flatMap((agreement) =>
          agreement.adjustments.flatMap((adjustment) =>
            adjustment.kind === kind ? [{ agreement, adjustment }] : [],
          ),
        );

      for (const kind of ['payment_holiday', 'reduction']) {
        const [story, ...more] = withAdjustment(kind);
        expect(more).toEqual([]);
        if (!story) throw new Error(`no ${kind}`);
        expect(story.adjustment).toMatchObject({
          periods: 3,
          ...(kind === 'reduction' ? { basisPoints: 5_000 } : {}),
        });
        const from = firstDayOf(story.agreement, story.adjustment.fromPeriod);
        expect(from <= demo.today).toBe(true);
        const client = demo.clients[story.agreement.client] as DemoClient;
        expect(client.profile.status).toBe('active');
        expect(said(client, 'worried about fewer bookings', from)).toBe(true);
      }
      const pauses = withAdjustment('pause');
      const paused = demo.clients.filter((client) => client.profile.status === 'paused');
      expect(pauses.map(({ agreement }) => demo.clients[agreement.client])).toEqual(paused);
      for (const { adjustment } of pauses) expect(adjustment).toMatchObject({ periods: 3 });

      const credited = agreements.filter((agreement) => agreement.credit !== null);
      expect(credited).toHaveLength(1);
      const [{ credit, client } = { credit: null, client: -1 }] = credited;
      if (!credit) throw new Error('no credit');
      expect(credit.amountMinor).toBeGreaterThan(0);
      expect(credit.grantedAt < now).toBe(true);
      const grantedOn = todayIn(credit.grantedAt, zone);
      expect(firstDayOf(credited[0] as (typeof agreements)[number], credit.fromPeriod) > grantedOn).toBe(
        true,
      );
      expect(said(demo.clients[client] as DemoClient, 'contact form', grantedOn)).toBe(true);
    },
  );

  it.each(CASES)(
    'invoices what a billing run through today issues (seed $seed, $zone)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const { agreements, invoices, plans } = demo.billing;
      agreements.forEach((agreement, index) => {
        const inputs = demoBillingInputs(agreement, plans, demo.currency);
        const due = periodsDueThrough(inputs.agreement, inputs.adjustments, demo.today);
        const issued = invoices.filter((invoice) => invoice.agreement === index);
        expect(issued.map((invoice) => invoice.periodIndex)).toEqual(due);
        for (const invoice of issued) {
          expect(invoice.issuedOn <= demo.today).toBe(true);
          expect(invoice.dueOn).toBe(addDays(invoice.issuedOn, 14));
        }
      });
      // The payment holiday's periods are invoiced at zero.
      expect(invoices.filter((invoice) => invoice.totalMinor === 0).length).toBeGreaterThanOrEqual(1);
      expect(demo.billing.mrrMinor).toBeGreaterThan(0);
    },
  );

  it.each(CASES)(
    'pays most invoices, leaves a few recent ones open and three overdue, one partly paid (seed $seed, $zone)',
    ({ seed, zone, now }) => {
      const demo = plan(seed, zone, now);
      const { payments } = demo.billing;
      const invoices = standing(demo);
      for (const payment of payments) {
        const invoice = invoices[payment.invoice] as (typeof invoices)[number];
        expect(payment.receivedOn >= invoice.issuedOn && payment.receivedOn <= demo.today).toBe(true);
        expect(Number.isSafeInteger(payment.amountMinor) && payment.amountMinor > 0).toBe(true);
      }
      expect(payments.map((p) => p.receivedOn)).toEqual(payments.map((p) => p.receivedOn).sort());
      expect(invoices.every((invoice) => invoice.owedMinor >= 0)).toBe(true);
      expect(new Set(payments.map((p) => p.method))).toEqual(
        new Set(['bank_transfer', 'card', 'cheque', 'cash', 'barter']),
      );
      const barter = payments.filter((p) => p.method === 'barter');
      expect(barter).toHaveLength(1);
      expect(barter[0]?.note).toMatch(/^In kind, at fair market value: /);

      const owing = invoices.filter((invoice) => invoice.owedMinor > 0);
      const overdue = owing.filter((invoice) => invoice.dueOn < demo.today);
      const buckets = overdue.map((invoice) => agingBucket(daysBetween(invoice.dueOn, demo.today)));
      expect(overdue).toHaveLength(3);
      expect(new Set(buckets).size).toBe(3);
      expect(overdue.filter((invoice) => invoice.paidMinor > 0)).toHaveLength(1);
      expect(new Set(overdue.map((invoice) => clientOf(demo, invoice).profile.name)).size).toBe(3);
      expect(overdue.some((invoice) => clientOf(demo, invoice).profile.status === 'cancelled')).toBe(true);
      const notDueYet = owing.length - overdue.length;
      expect(notDueYet).toBeGreaterThanOrEqual(2);
      expect(notDueYet).toBeLessThanOrEqual(15);
    },
  );
});
