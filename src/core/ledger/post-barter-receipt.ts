import { credit, debit, makeEntry } from './journal-entry.ts';
import { isMinorAmount } from './minor-units.ts';
import { type PostingResult, posted, refuse } from './posting-result.ts';

/** Goods or services a barter client delivered against what their barter payment promised. */
export interface LedgerBarterReceipt {
  id: string;
  clientId: string;
  /** Fair market value of what was delivered. */
  amountMinor: number;
  /** The client's barter receivable before this delivery. */
  owedMinor: number;
  /** 'YYYY-MM-DD'. */
  postedOn: string;
  /** What was delivered ("catering, staff party"), for the barter report. */
  description: string;
}

/**
 * The entry for a barter delivery: what the client owed us in kind is now a purchase of
 * the business (Dr barter_expense / Cr barter_receivable), at the same fair market value
 * the payment was booked at.
 */
export function postBarterReceipt(event: LedgerBarterReceipt): PostingResult {
  if (!isMinorAmount(event.amountMinor) || event.amountMinor <= 0) {
    return refuse('invalid_amount', 'a delivery must be a positive whole number of minor units');
  }
  if (!isMinorAmount(event.owedMinor) || event.amountMinor > event.owedMinor) {
    return refuse('exceeds_balance', `the client owes only ${event.owedMinor} in barter`);
  }
  const client = { clientId: event.clientId };
  return posted(
    makeEntry(
      { kind: 'barter_receipt', id: event.id },
      event.postedOn,
      `Barter received: ${event.description}`,
      [
        debit('barter_expense', event.amountMinor, client),
        credit('barter_receivable', event.amountMinor, client),
      ],
    ),
  );
}
