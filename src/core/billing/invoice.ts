import type { Period } from './periods.ts';

/**
 * What an invoice line is for. `base` is the full price of the period; the others take
 * something off it, so an invoice reads as "what it would cost, and why it costs less".
 * A new adjustment kind that changes an amount adds its line kind here.
 */
export const LINE_KINDS = ['base', 'holiday', 'free_period', 'discount', 'credit'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface InvoiceLine {
  kind: LineKind;
  /** Plain words for the client, e.g. "Payment holiday (period 2 of 3)". */
  description: string;
  /** Minor units; positive for the base price, negative for everything taken off. */
  amountMinor: number;
  /** The adjustment or credit behind the line; null for the base line. */
  sourceId: string | null;
}

/** An invoice the period gets: billed in advance, on `period.start`. */
export interface Invoice {
  kind: 'invoice';
  period: Period;
  /** ISO 4217 code, copied from the agreement. */
  currency: string;
  /** Base line first, then holiday or free period, discount, credits — in that order. */
  lines: InvoiceLine[];
  /** The sum of the lines; never negative. */
  totalMinor: number;
  /** How much of each credit this invoice used, so the caller can record it. */
  creditsUsed: CreditUse[];
}

export interface CreditUse {
  creditId: string;
  amountMinor: number;
}

/** A period that gets no invoice, and why. */
export interface NoInvoice {
  kind: 'none';
  period: Period;
  reason: 'paused' | 'cancelled' | 'after_end';
  /** The pause or cancellation responsible; null past the end of the term. */
  sourceId: string | null;
}

/** The outcome for one period: an invoice, or none. */
export type PeriodBill = Invoice | NoInvoice;
