import { isMinorAmount } from './minor-units.ts';

export const INVOICE_STATES = ['open', 'partially_paid', 'paid', 'void'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];

export interface InvoiceStanding {
  totalMinor: number;
  /** What payments have allocated to the invoice. */
  allocatedMinor: number;
  isVoid: boolean;
}

/**
 * Where an invoice stands, derived, never stored apart from its figures. An invoice for
 * zero (a holiday period, a fully credited month) is `paid`: nothing is owed on it, so
 * no reminder must ever chase it.
 *
 * Throws on figures no posting can produce (more allocated than the total, fractions):
 * that is corrupt data for `checkJournal` to find, not a state to show a client.
 */
export function invoiceState(invoice: InvoiceStanding): InvoiceState {
  const { totalMinor, allocatedMinor } = invoice;
  if (!isMinorAmount(totalMinor) || !isMinorAmount(allocatedMinor) || totalMinor < 0 || allocatedMinor < 0) {
    throw new RangeError('invoice amounts must be whole minor units, zero or more');
  }
  if (invoice.isVoid) return 'void';
  if (allocatedMinor > totalMinor) {
    throw new RangeError(`allocated ${allocatedMinor} exceeds the invoice total ${totalMinor}`);
  }
  if (allocatedMinor === totalMinor) return 'paid';
  return allocatedMinor === 0 ? 'open' : 'partially_paid';
}
