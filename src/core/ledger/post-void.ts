import { type JournalEntry, makeEntry } from './journal-entry.ts';
import { isMinorAmount } from './minor-units.ts';
import { type PostingResult, posted, refuse } from './posting-result.ts';

/** A request to void an issued invoice. */
export interface LedgerVoid {
  /** The entry the invoice posted (as stored), which the void reverses line for line. */
  invoiceEntry: JournalEntry;
  /** What payments have allocated to the invoice now. */
  allocatedMinor: number;
  isVoid: boolean;
  /** 'YYYY-MM-DD'. */
  postedOn: string;
  reason: string;
}

/**
 * The entry for a void: the invoice's own entry with debits and credits swapped, so every
 * account, the holiday memo and any credit balance the invoice spent return exactly to
 * where they were. It reverses the stored entry rather than re-posting the invoice, so a
 * change to posting rules later cannot make a void miss what was really posted.
 *
 * An invoice with payments on it is refused: reversing its receivable would leave those
 * payments settling nothing. Move them off first with `postUnallocation` (they become the
 * client's credit balance, to spend on another invoice or refund), then void.
 */
export function postVoid(request: LedgerVoid): PostingResult {
  const { invoiceEntry } = request;
  if (invoiceEntry.source.kind !== 'invoice') {
    return refuse('not_an_invoice', `a ${invoiceEntry.source.kind} entry cannot be voided`);
  }
  if (request.isVoid) return refuse('already_void', `${invoiceEntry.memo} is already void`);
  if (!isMinorAmount(request.allocatedMinor) || request.allocatedMinor < 0) {
    return refuse('invalid_amount', 'the amount allocated must be whole minor units, zero or more');
  }
  if (request.allocatedMinor > 0) {
    return refuse(
      'invoice_has_payments',
      `${invoiceEntry.memo} has ${request.allocatedMinor} paid on it: unallocate the payments first`,
    );
  }
  return posted(
    makeEntry(
      { kind: 'void', id: invoiceEntry.source.id },
      request.postedOn,
      `Void of ${invoiceEntry.memo}: ${request.reason}`,
      invoiceEntry.lines.map((line) => ({
        ...line,
        debitMinor: line.creditMinor,
        creditMinor: line.debitMinor,
      })),
    ),
  );
}
