import { credit, debit, makeEntry } from './journal-entry.ts';
import { isMinorAmount, sumMinor } from './minor-units.ts';
import { type PostingResult, posted, refuse } from './posting-result.ts';

/** One line of an invoice as the billing engine writes it: base positive, the rest negative. */
export interface LedgerInvoiceLine {
  kind: 'base' | 'discount' | 'holiday' | 'pause' | 'credit' | (string & {});
  amountMinor: number;
}

/** The part of an invoice the ledger needs. */
export interface LedgerInvoice {
  id: string;
  /** The workspace's sequential invoice number, for the memo. */
  number: number;
  clientId: string;
  /** 'YYYY-MM-DD'; the entry is dated on the day the invoice is issued. */
  issuedOn: string;
  lines: readonly LedgerInvoiceLine[];
  totalMinor: number;
}

/**
 * How each kind of line reaches the journal, and the sign it must have. A new kind of
 * line needs a row here first: the ledger refuses a kind it does not know rather than
 * guess whether it is income, a reduction or money owed.
 */
const LINE_RULES = {
  // The price of the period, gross: credited to revenue.
  base: { sign: 1 },
  // An agreed reduction: revenue stays gross, the reduction shows on discounts_given.
  discount: { sign: -1 },
  // A payment holiday: the period is not billed, so it earns nothing now (revenue is
  // reduced by the line) and the skipped value goes to the memo pair (see ACCOUNTS).
  holiday: { sign: -1 },
  // A free period (a referral's free month): given away like a discount, so revenue stays
  // gross and the giveaway shows on discounts_given beside the save desk's reductions.
  free_period: { sign: -1 },
  // A pause: not billed and, unlike a holiday, not owed later, so no memo either.
  pause: { sign: -1 },
  // Spending a credit balance granted before (postCredit, or an overpayment): the cost
  // was booked when granted, so here it pays part of the invoice out of customer_credits.
  credit: { sign: -1 },
} as const;

type LineKind = keyof typeof LINE_RULES;

function isLineKind(kind: string): kind is LineKind {
  return Object.hasOwn(LINE_RULES, kind);
}

/**
 * The entry for an issued invoice: debit the client's receivable with the total, credit
 * revenue with what the period earns, and show each reduction where it went.
 *
 * Plain: Dr receivable 100 / Cr revenue 100. With a 20 % discount: Dr receivable 80,
 * Dr discounts_given 20 / Cr revenue 100. A holiday period invoiced at zero (base 100,
 * holiday −100): no revenue and no receivable, only Dr holiday_deferred 100 / Cr
 * holiday_deferred_offset 100. A credit line of −30 on 100: Dr receivable 70, Dr
 * customer_credits 30 / Cr revenue 100.
 */
export function postInvoice(invoice: LedgerInvoice): PostingResult {
  const byKind: Record<LineKind, number> = {
    base: 0,
    discount: 0,
    free_period: 0,
    holiday: 0,
    pause: 0,
    credit: 0,
  };
  for (const line of invoice.lines) {
    if (!isLineKind(line.kind)) {
      return refuse('unknown_line_kind', `invoice ${invoice.number} has a "${line.kind}" line`);
    }
    const { sign } = LINE_RULES[line.kind];
    if (!isMinorAmount(line.amountMinor) || line.amountMinor * sign < 0) {
      const expected = sign > 0 ? 'zero or more' : 'zero or less';
      return refuse(
        'invalid_amount',
        `invoice ${invoice.number}: a ${line.kind} line must be whole minor units, ${expected}`,
      );
    }
    const sum = sumMinor([byKind[line.kind], Math.abs(line.amountMinor)]);
    if (sum === null) return refuse('invalid_amount', `invoice ${invoice.number} is too large`);
    byKind[line.kind] = sum;
  }
  if (!isMinorAmount(invoice.totalMinor)) {
    return refuse('invalid_amount', `invoice ${invoice.number}: the total must be whole minor units`);
  }
  const linesTotal = sumMinor([
    byKind.base,
    -byKind.discount,
    -byKind.free_period,
    -byKind.holiday,
    -byKind.pause,
    -byKind.credit,
  ]);
  if (linesTotal === null) return refuse('invalid_amount', `invoice ${invoice.number} is too large`);
  if (linesTotal !== invoice.totalMinor) {
    return refuse(
      'total_mismatch',
      `invoice ${invoice.number}: lines add up to ${linesTotal}, total says ${invoice.totalMinor}`,
    );
  }
  if (invoice.totalMinor < 0) {
    return refuse('negative_total', `invoice ${invoice.number} would owe the client money`);
  }

  // total >= 0 makes revenue >= discount + credit >= 0: every line below is a real amount.
  const revenue = byKind.base - byKind.holiday - byKind.pause;
  const client = { clientId: invoice.clientId };
  const memo =
    byKind.holiday > 0 ? `Invoice ${invoice.number} (payment holiday)` : `Invoice ${invoice.number}`;
  return posted(
    makeEntry({ kind: 'invoice', id: invoice.id }, invoice.issuedOn, memo, [
      debit('accounts_receivable', invoice.totalMinor, { ...client, invoiceId: invoice.id }),
      debit('discounts_given', byKind.discount + byKind.free_period, client),
      debit('customer_credits', byKind.credit, client),
      credit('revenue', revenue, client),
      debit('holiday_deferred', byKind.holiday, client),
      credit('holiday_deferred_offset', byKind.holiday, client),
    ]),
  );
}
