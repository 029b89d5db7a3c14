import type { Interval } from '../billing/index.ts';
import type { PaymentMethod } from '../ledger/payment-methods.ts';

// The demo's billing side as data: what the workspace is told to do, in the order it
// does it (price list, agreements with their adjustments, one billing run, payments).

/** A plan on the studio's price list. */
export interface DemoPricePlan {
  name: string;
  /** Per period, in minor units of the demo's currency. */
  priceMinor: number;
  interval: Interval;
}

/** An adjustment the save desk agreed, as `POST /agreements/{id}/adjustments` takes it. */
export type DemoAdjustment =
  | { kind: 'payment_holiday' | 'pause'; fromPeriod: number; periods: number; reason: string }
  | { kind: 'reduction'; fromPeriod: number; periods: number; basisPoints: number; reason: string };

/** A service credit, granted at `grantedAt` and taken off the invoices from `fromPeriod` on. */
export interface DemoCredit {
  amountMinor: number;
  fromPeriod: number;
  description: string;
  grantedAt: Date;
}

export interface DemoAgreement {
  /** Index into the plan's clients. */
  client: number;
  /** Index into the price list. */
  plan: number;
  startsOn: string;
  /** The last day of a period; null for open-ended. */
  termEnd: string | null;
  adjustments: DemoAdjustment[];
  credit: DemoCredit | null;
  /** The first day with no billing (a period start) and why the client left; null while on. */
  cancellation: { effectiveOn: string; reason: string } | null;
}

/** An invoice the billing run issues, as the billing core computes it. */
export interface DemoInvoice {
  /** Index into the billing's agreements. */
  agreement: number;
  periodIndex: number;
  issuedOn: string;
  dueOn: string;
  totalMinor: number;
}

/** A payment of one invoice (or of part of it). */
export interface DemoPayment {
  /** Index into the billing's invoices. */
  invoice: number;
  amountMinor: number;
  method: PaymentMethod;
  receivedOn: string;
  reference: string | null;
  /** What a barter payment brought in; a word on a partial payment. */
  note: string | null;
}

/** Everything billing-related the demo creates, computed without I/O. */
export interface DemoBilling {
  plans: DemoPricePlan[];
  agreements: DemoAgreement[];
  /** Every invoice the billing run through today issues, agreement by agreement, oldest first. */
  invoices: DemoInvoice[];
  /** Oldest first. */
  payments: DemoPayment[];
  /** Monthly recurring revenue on the demo's today, as Today shows it. */
  mrrMinor: number;
}
