import { and, eq, inArray } from 'drizzle-orm';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import { postHolidayRecovery } from '../../core/ledger/post-holiday-recovery.ts';
import { holidayBalances } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { adjustments, agreements, invoices, journalEntries } from '../../db/schema/index.ts';
import { clientAccountBalances } from '../ledger/client-account-balances.ts';
import { type BillingInputs, loadBillingInputs } from './billing-inputs.ts';
import { requirePosted } from './posting.ts';
import { workspaceCurrency } from './workspace-currency.ts';

type Balances = ReturnType<typeof holidayBalances>;

/** The periods of an agreement whose invoice is paid in full. */
export async function paidPeriods(db: Db, workspaceId: string, agreementId: string): Promise<Set<number>> {
  const rows = await db
    .select({ periodIndex: invoices.periodIndex })
    .from(invoices)
    .where(
      and(
        eq(invoices.workspaceId, workspaceId),
        eq(invoices.agreementId, agreementId),
        eq(invoices.status, 'paid'),
      ),
    );
  return new Set(rows.map((row) => row.periodIndex));
}

/** Paid extension periods (by their invoice) whose holiday recovery has no journal entry yet. */
export async function missingRecoveries(
  db: Db,
  workspaceId: string,
  balances: Balances,
  invoiceByPeriod: ReadonlyMap<number, string>,
): Promise<{ invoiceId: string; amountMinor: number }[]> {
  const wanted = balances.flatMap((holiday) =>
    holiday.recoveries.flatMap((recovery) => {
      const invoiceId = invoiceByPeriod.get(recovery.period);
      return invoiceId ? [{ invoiceId, amountMinor: recovery.amountMinor }] : [];
    }),
  );
  if (wanted.length === 0) return [];
  const posted = await db
    .select({ sourceId: journalEntries.sourceId })
    .from(journalEntries)
    .where(
      and(
        eq(journalEntries.workspaceId, workspaceId),
        eq(journalEntries.sourceKind, 'holiday_recovery'),
        inArray(
          journalEntries.sourceId,
          wanted.map((w) => w.invoiceId),
        ),
      ),
    );
  const done = new Set(posted.map((row) => row.sourceId));
  return wanted.filter((w) => !done.has(w.invoiceId));
}

/**
 * The recovery entries the journal lacks for one agreement's paid extension periods, one
 * per paid invoice (keyed by its id, so a recovery is posted once whoever asks first: the
 * payment that settles the invoice, or a cancellation catching up on older payments).
 * Each is capped by the client's memo balance `memoMinor`, which never goes below zero;
 * returns the entries and the memo left after them.
 */
export async function missingRecoveryEntries(
  db: Db,
  workspaceId: string,
  inputs: Pick<BillingInputs, 'invoiceByPeriod'> & { clientId: string },
  balances: Balances,
  memoMinor: number,
  today: string,
): Promise<{ entries: JournalEntry[]; memoMinor: number }> {
  let memo = memoMinor;
  const entries: JournalEntry[] = [];
  for (const recovery of await missingRecoveries(db, workspaceId, balances, inputs.invoiceByPeriod)) {
    const amount = Math.min(recovery.amountMinor, memo);
    if (amount <= 0) continue;
    entries.push(
      requirePosted(
        postHolidayRecovery({
          id: recovery.invoiceId,
          clientId: inputs.clientId,
          amountMinor: amount,
          deferredMinor: memo,
          postedOn: today,
        }),
      ),
    );
    memo -= amount;
  }
  return { entries, memoMinor: memo };
}

/**
 * After a payment has marked invoices paid (in its transaction): the holiday recoveries of
 * every agreement among `agreementIds` that has a payment holiday and whose paid extension
 * periods lack one. Only agreements with a holiday are read further, so an ordinary
 * payment costs one query here.
 */
export async function recoveriesForPaidInvoices(
  db: Db,
  workspaceId: string,
  clientId: string,
  agreementIds: readonly string[],
  today: string,
): Promise<JournalEntry[]> {
  if (agreementIds.length === 0) return [];
  const withHoliday = await db
    .selectDistinct({ agreementId: adjustments.agreementId })
    .from(adjustments)
    .where(
      and(
        eq(adjustments.workspaceId, workspaceId),
        inArray(adjustments.agreementId, [...agreementIds]),
        eq(adjustments.kind, 'payment_holiday'),
      ),
    );
  if (withHoliday.length === 0) return [];
  const rows = await db
    .select()
    .from(agreements)
    .where(
      and(
        eq(agreements.workspaceId, workspaceId),
        inArray(
          agreements.id,
          withHoliday.map((row) => row.agreementId),
        ),
      ),
    )
    .orderBy(agreements.id);
  const currency = await workspaceCurrency(db, workspaceId);
  let memo = (await clientAccountBalances(db, workspaceId, clientId)).holiday_deferred ?? 0;
  const entries: JournalEntry[] = [];
  for (const inputs of await loadBillingInputs(db, workspaceId, rows, currency)) {
    const paid = await paidPeriods(db, workspaceId, inputs.row.id);
    const balances = holidayBalances(inputs.agreement, inputs.adjustments, paid);
    const found = await missingRecoveryEntries(
      db,
      workspaceId,
      { clientId, invoiceByPeriod: inputs.invoiceByPeriod },
      balances,
      memo,
      today,
    );
    entries.push(...found.entries);
    memo = found.memoMinor;
  }
  return entries;
}
