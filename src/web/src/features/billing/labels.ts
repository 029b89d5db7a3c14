import type { BillingInterval, InvoiceState } from '../../api/billing-types.ts';

export const INTERVAL_LABELS: Record<BillingInterval, string> = {
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
};

/** "/ month" after a price. */
export const PER_INTERVAL: Record<BillingInterval, string> = {
  month: '/ month',
  quarter: '/ quarter',
  year: '/ year',
};

export const INTERVAL_OPTIONS = Object.entries(INTERVAL_LABELS) as [BillingInterval, string][];

export const INVOICE_STATE_LABELS: Record<InvoiceState, string> = {
  open: 'Open',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  void: 'Void',
};

/** "#0042": invoice numbers are sequential per workspace; four digits keep lists aligned. */
export function invoiceLabel(number: number): string {
  return `#${String(number).padStart(4, '0')}`;
}
