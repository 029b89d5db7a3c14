import type { JournalEntry } from './journal-entry.ts';

/**
 * Why an event cannot be posted. The ledger refuses and says why; it never throws for a
 * business rule, so the caller can turn each code into its own error (invalid input for
 * malformed amounts, a refused rule for the rest).
 */
export type LedgerRefusalCode =
  /** An amount is not a safe integer of minor units, or has the wrong sign. */
  | 'invalid_amount'
  /** An invoice line of a kind the ledger has no posting rule for. */
  | 'unknown_line_kind'
  /** An invoice's lines do not add up to its total. */
  | 'total_mismatch'
  /** An invoice total below zero: what we owe a client belongs in its credit balance. */
  | 'negative_total'
  /** Allocations larger than the payment, or than what an invoice has outstanding. */
  | 'over_allocated'
  /** An invoice named twice in one payment, or an unknown / settled invoice chosen. */
  | 'invalid_allocation'
  /** A payment or refund from a credit balance larger than the balance. */
  | 'insufficient_credit'
  /** More than is owed: a holiday recovery past the deferred balance, a barter receipt past what is due. */
  | 'exceeds_balance'
  /** A void of an invoice that has payments allocated to it. */
  | 'invoice_has_payments'
  | 'already_void'
  /** A void given an entry that is not an invoice's. */
  | 'not_an_invoice'
  /** A recovery reversal given an entry that is not a holiday recovery. */
  | 'not_a_recovery';

export interface LedgerRefusal {
  ok: false;
  code: LedgerRefusalCode;
  message: string;
}

export type PostingResult = { ok: true; entry: JournalEntry } | LedgerRefusal;

export function refuse(code: LedgerRefusalCode, message: string): LedgerRefusal {
  return { ok: false, code, message };
}

export function posted(entry: JournalEntry): PostingResult {
  return { ok: true, entry };
}
