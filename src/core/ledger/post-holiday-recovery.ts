import { credit, debit, type JournalEntry, makeEntry } from './journal-entry.ts';
import { isMinorAmount } from './minor-units.ts';
import { type PostingResult, posted, refuse } from './posting-result.ts';

/** An extension period paid after a payment holiday, recovering part of the deferred value. */
export interface LedgerHolidayRecovery {
  /** The event's id, e.g. the paid extension invoice's: one recovery per period. */
  id: string;
  clientId: string;
  amountMinor: number;
  /** The client's deferred holiday balance before this recovery. */
  deferredMinor: number;
  /** 'YYYY-MM-DD'. */
  postedOn: string;
}

/**
 * The entry for a recovered holiday period: the reverse of the memo pair the holiday
 * invoice posted. The extension invoice itself earned its revenue the ordinary way; this
 * only lowers the deferred balance the save desk tracks (Dr offset / Cr holiday_deferred).
 */
export function postHolidayRecovery(event: LedgerHolidayRecovery): PostingResult {
  if (!isMinorAmount(event.amountMinor) || event.amountMinor <= 0) {
    return refuse('invalid_amount', 'a recovery must be a positive whole number of minor units');
  }
  if (!isMinorAmount(event.deferredMinor) || event.amountMinor > event.deferredMinor) {
    return refuse('exceeds_balance', `only ${event.deferredMinor} of holiday value is still deferred`);
  }
  const client = { clientId: event.clientId };
  return posted(
    makeEntry({ kind: 'holiday_recovery', id: event.id }, event.postedOn, 'Payment holiday recovered', [
      debit('holiday_deferred_offset', event.amountMinor, client),
      credit('holiday_deferred', event.amountMinor, client),
    ]),
  );
}

/**
 * The entry undoing a recovery whose invoice is voided (with its payments moved off): the
 * recovery's own lines with debits and credits swapped, as a void reverses its invoice,
 * so the value is deferred again until the replacement invoice is paid and recovers it
 * under its own id. Keyed by the recovery's id (the voided invoice's): once per recovery.
 */
export function reverseHolidayRecovery(
  recovery: JournalEntry,
  postedOn: string,
  reason: string,
): PostingResult {
  if (recovery.source.kind !== 'holiday_recovery') {
    return refuse('not_a_recovery', `a ${recovery.source.kind} entry is not a holiday recovery`);
  }
  return posted(
    makeEntry(
      { kind: 'holiday_recovery_reversal', id: recovery.source.id },
      postedOn,
      `Payment holiday recovery undone: ${reason}`,
      recovery.lines.map((line) => ({ ...line, debitMinor: line.creditMinor, creditMinor: line.debitMinor })),
    ),
  );
}
