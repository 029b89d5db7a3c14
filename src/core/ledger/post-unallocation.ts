import { credit, debit, makeEntry } from './journal-entry.ts';
import { isMinorAmount } from './minor-units.ts';
import { type PostingResult, posted, refuse } from './posting-result.ts';

/** Taking (part of) a payment back off an invoice, e.g. before voiding the invoice. */
export interface LedgerUnallocation {
  id: string;
  clientId: string;
  invoiceId: string;
  /** The payment whose allocation shrinks, for the memo. */
  paymentId: string;
  amountMinor: number;
  /** What that payment has allocated to that invoice now. */
  allocatedMinor: number;
  /** 'YYYY-MM-DD'. */
  postedOn: string;
}

/**
 * The entry for moving money off an invoice: the invoice is owed again (Dr receivable)
 * and the money waits in the client's credit balance (Cr customer_credits). Reallocating
 * to another invoice is then an ordinary service-credit payment, so no money is ever in
 * two places, and a refund stays possible if the client wants it back instead.
 */
export function postUnallocation(event: LedgerUnallocation): PostingResult {
  if (!isMinorAmount(event.amountMinor) || event.amountMinor <= 0) {
    return refuse(
      'invalid_amount',
      'the amount to unallocate must be a positive whole number of minor units',
    );
  }
  if (!isMinorAmount(event.allocatedMinor) || event.amountMinor > event.allocatedMinor) {
    return refuse('over_allocated', `only ${event.allocatedMinor} of that payment is on the invoice`);
  }
  const client = { clientId: event.clientId };
  return posted(
    makeEntry(
      { kind: 'unallocation', id: event.id },
      event.postedOn,
      `Payment ${event.paymentId} taken off invoice ${event.invoiceId}`,
      [
        debit('accounts_receivable', event.amountMinor, { ...client, invoiceId: event.invoiceId }),
        credit('customer_credits', event.amountMinor, client),
      ],
    ),
  );
}
