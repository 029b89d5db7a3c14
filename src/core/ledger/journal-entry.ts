import type { AccountCode } from './accounts.ts';

/** The event an entry records. Each event posts exactly one entry. */
export type SourceKind =
  | 'invoice'
  | 'payment'
  | 'credit'
  | 'refund'
  | 'void'
  | 'unallocation'
  | 'holiday_recovery'
  /** Undoes a holiday recovery when its invoice is voided; the id is the recovery's. */
  | 'holiday_recovery_reversal'
  | 'barter_receipt';

export interface JournalSource {
  kind: SourceKind;
  /** The event's id; for a void, the id of the invoice it voids (one void per invoice). */
  id: string;
}

/** One side of one amount. Exactly one of the two amounts is positive, the other zero. */
export interface JournalLine {
  account: AccountCode;
  /** The client the amount concerns; required on per-client accounts (see `ACCOUNTS`). */
  clientId?: string;
  /** On receivable lines: the invoice the amount is owed on, so each invoice reconciles. */
  invoiceId?: string;
  debitMinor: number;
  creditMinor: number;
}

/** A balanced journal entry: its debits add up to its credits. */
export interface JournalEntry {
  source: JournalSource;
  /** 'YYYY-MM-DD', the date of the event (issue, receipt…), never the clock's. */
  postedOn: string;
  memo: string;
  lines: JournalLine[];
}

type LineRefs = Pick<JournalLine, 'clientId' | 'invoiceId'>;

export function debit(account: AccountCode, amountMinor: number, refs: LineRefs = {}): JournalLine {
  return { account, ...refs, debitMinor: amountMinor, creditMinor: 0 };
}

export function credit(account: AccountCode, amountMinor: number, refs: LineRefs = {}): JournalLine {
  return { account, ...refs, debitMinor: 0, creditMinor: amountMinor };
}

/**
 * Assembles an entry, leaving out lines of zero: a plain invoice has no discount line,
 * and an empty line would only be noise for `checkJournal` to report.
 */
export function makeEntry(
  source: JournalSource,
  postedOn: string,
  memo: string,
  lines: readonly JournalLine[],
): JournalEntry {
  return {
    source,
    postedOn,
    memo,
    lines: lines.filter((line) => line.debitMinor !== 0 || line.creditMinor !== 0),
  };
}
