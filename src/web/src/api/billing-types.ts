import type { InvoiceState } from '../../../core/ledger/invoice-state.ts';
import type { PaymentMethod } from '../../../core/ledger/payment-methods.ts';

// Billing. Money is integer minor units of `currency` (cents; yen have none), never floats.

export type BillingInterval = 'month' | 'quarter' | 'year';
export type { InvoiceState, PaymentMethod };

export interface Plan {
  id: string;
  name: string;
  priceMinor: number;
  interval: BillingInterval;
  currency: string;
  archivedAt: string | null;
  createdAt: string;
}

export type AdjustmentKind =
  | 'payment_holiday'
  | 'pause'
  | 'reduction'
  | 'price_change'
  | 'free_period'
  | 'cancellation';

export interface AgreementAdjustment {
  id: string;
  kind: AdjustmentKind;
  /** The first period it applies to; period 0 starts on the agreement's start date. */
  fromPeriod: number;
  /** The kind's own fields: `periods`, `basisPoints`, `priceMinor`, `description`. */
  terms: { periods?: number; basisPoints?: number; priceMinor?: number; description?: string };
  reason: string | null;
  createdAt: string;
}

export interface AgreementCredit {
  id: string;
  amountMinor: number;
  usedMinor: number;
  fromPeriod: number;
  description: string;
}

export type AgreementStatus = 'active' | 'ended' | 'cancelled';

export interface Agreement {
  id: string;
  clientId: string;
  clientName: string;
  plan: { id: string; name: string } | null;
  description: string;
  priceMinor: number;
  interval: BillingInterval;
  currency: string;
  startsOn: string;
  termEnd: string | null;
  /** The end once holidays, pauses and a cancellation are applied; null while open-ended. */
  effectiveEnd: string | null;
  /** What the client has committed to stay through (moved by holidays); null if nothing. */
  commitmentEnd: string | null;
  status: AgreementStatus;
  adjustments: AgreementAdjustment[];
  credits: AgreementCredit[];
  createdAt: string;
}

export interface BillLine {
  kind: string;
  description: string;
  amountMinor: number;
  sourceId: string | null;
}

export interface PeriodBill {
  periodIndex: number;
  start: string;
  end: string;
  /** "invoice" when the period is billed; otherwise why not. */
  outcome: 'invoice' | 'paused' | 'cancelled' | 'after_end';
  lines: BillLine[];
  totalMinor: number;
  /** The invoice already issued for this period, if any. */
  invoiceId: string | null;
}

export interface AgreementPreview {
  agreementId: string;
  currency: string;
  periods: PeriodBill[];
  totalMinor: number;
}

export interface BillingRun {
  id: string;
  throughDate: string;
  status: 'running' | 'finished' | 'failed' | 'interrupted';
  startedAt: string;
  finishedAt: string | null;
  agreementsSeen: number;
  invoicesCreated: number;
  totalMinor: number;
  currency: string;
  error: string | null;
  actorLabel: string;
}

export interface Invoice {
  id: string;
  number: number;
  clientId: string;
  clientName: string;
  agreementId: string;
  periodIndex: number;
  periodStart: string;
  periodEnd: string;
  issuedOn: string;
  dueOn: string;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  /** What is still owed; zero once paid or void. */
  outstandingMinor: number;
  status: InvoiceState;
  isOverdue: boolean;
  daysOverdue: number;
  replacesInvoiceId: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
}

export interface InvoiceDetail extends Invoice {
  lines: {
    lineNo: number;
    kind: string;
    description: string;
    amountMinor: number;
    sourceId: string | null;
  }[];
  payments: {
    paymentId: string;
    method: PaymentMethod;
    receivedOn: string;
    reference: string | null;
    paymentAmountMinor: number;
    allocatedMinor: number;
  }[];
  replacedBy: { id: string; number: number } | null;
}

export interface VoidInvoiceResult {
  invoice: InvoiceDetail;
  unallocated: { paymentId: string; amountMinor: number }[];
  replacement: Invoice | null;
  replacementNote: string;
}

export interface AgingTotals {
  current: number;
  days1To30: number;
  days31To60: number;
  days61To90: number;
  days90Plus: number;
  total: number;
}

export interface Aging {
  asOf: string;
  currency: string;
  totals: AgingTotals;
  clients: (AgingTotals & { clientId: string; clientName: string; oldestDaysPastDue: number })[];
}

export interface Payment {
  id: string;
  clientId: string;
  clientName: string;
  receivedOn: string;
  method: PaymentMethod;
  amountMinor: number;
  exchangeFeeMinor: number;
  reference: string | null;
  note: string | null;
  allocations: { invoiceId: string; invoiceNumber: number; amountMinor: number }[];
  /** The part not on any invoice: held as the client's credit balance. */
  creditMinor: number;
  createdAt: string;
}

export interface ClientBalance {
  clientId: string;
  currency: string;
  receivableMinor: number;
  overdueMinor: number;
  creditBalanceMinor: number;
  creditReservedMinor: number;
  creditAvailableMinor: number;
  deferredHolidayMinor: number;
  barterOwedMinor: number;
}
