import { and, eq, inArray, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../core/auth/actor.ts';
import { dueDateFor, periodOf } from '../../core/billing/index.ts';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import { postHolidayRecovery } from '../../core/ledger/post-holiday-recovery.ts';
import { postInvoice } from '../../core/ledger/post-invoice.ts';
import { type DeferredOnEarlyCancel, formatDay, holidayBalances } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { invoiceCounters, invoiceLines, invoices, journalEntries } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockInvoiceCounter } from '../billing-runs/write-invoices.ts';
import { requirePosted } from '../billing-shared/posting.ts';
import { writeJournal } from '../billing-shared/write-journal.ts';
import { clientAccountBalances } from '../ledger/client-account-balances.ts';
import { loadOfferAgreement } from './offer-agreement.ts';

export interface DeferredSettlement {
  kind: DeferredOnEarlyCancel;
  amountMinor: number;
  invoiceId: string | null;
}

/**
 * What happens to a payment holiday's unpaid value when the client cancels before paying
 * it back, by the workspace's policy. Called in the cancelling transaction, after the
 * cancellation adjustment is stored.
 *
 * - `bill`: one invoice, issued today and due like any other, with a line per holiday
 *   for the value still outstanding (the full price of the skipped periods not yet paid
 *   back). It is posted like any invoice (Dr receivable / Cr revenue — the skipped
 *   periods were served, and are now earned), and the holiday memo pair is cleared by the
 *   same amount (`postHolidayRecovery`): the value is no longer deferred, it is owed. The
 *   invoice takes the cancelled period's index (which never gets an invoice of its own)
 *   and the skipped periods' dates, so the one-per-period rule still holds.
 * - `waive`: nothing is billed; the memo pair is cleared with an entry saying it was
 *   waived, and the amount is recorded on the case and in the audit log.
 *
 * Paid extension periods whose recovery the journal lacks are posted first (payments do
 * not post recoveries yet), so the memo pair ends at zero for a settled holiday.
 *
 * Returns null when nothing is outstanding.
 */
export async function settleDeferred(
  db: Db,
  actor: Actor,
  caseId: string,
  agreementId: string,
  mode: DeferredOnEarlyCancel,
  today: string,
): Promise<DeferredSettlement | null> {
  const ws = actor.workspaceId;
  const { inputs, currency } = await loadOfferAgreement(db, actor, agreementId, { allowCancelled: true });
  const paid = await db
    .select({ periodIndex: invoices.periodIndex })
    .from(invoices)
    .where(
      and(eq(invoices.workspaceId, ws), eq(invoices.agreementId, agreementId), eq(invoices.status, 'paid')),
    );
  const balances = holidayBalances(
    inputs.agreement,
    inputs.adjustments,
    new Set(paid.map((row) => row.periodIndex)),
  );
  const unpaid = balances.filter((holiday) => holiday.outstandingMinor > 0);
  const amountMinor = unpaid.reduce((sum, holiday) => sum + holiday.outstandingMinor, 0);
  if (amountMinor === 0) return null;

  const clientId = inputs.row.clientId;
  let memo = (await clientAccountBalances(db, ws, clientId)).holiday_deferred ?? 0;
  const entries: JournalEntry[] = [];
  // Paid extension periods whose recovery is not in the journal yet are posted first, so
  // the memo holds exactly what is outstanding before the rest is billed or waived.
  for (const recovery of await missingRecoveries(db, ws, balances, inputs.invoiceByPeriod)) {
    const amount = Math.min(recovery.amountMinor, memo);
    if (amount <= 0) continue;
    entries.push(
      requirePosted(
        postHolidayRecovery({
          id: recovery.invoiceId,
          clientId,
          amountMinor: amount,
          deferredMinor: memo,
          postedOn: today,
        }),
      ),
    );
    memo -= amount;
  }
  // Holiday periods not invoiced yet have posted no memo value; clear only what is there.
  const cleared = Math.min(amountMinor, memo);
  const clearing = (id: string) =>
    requirePosted(
      postHolidayRecovery({ id, clientId, amountMinor: cleared, deferredMinor: memo, postedOn: today }),
    );

  if (mode === 'waive') {
    if (cleared > 0) entries.push({ ...clearing(caseId), memo: 'Payment holiday waived on cancellation' });
    await writeJournal(db, ws, entries);
    await recordAudit(db, actor, {
      action: 'save_case.deferred_waive',
      entityType: 'save_case',
      entityId: caseId,
      after: { agreementId, amountMinor, holidays: unpaid },
    });
    return { kind: 'waive', amountMinor, invoiceId: null };
  }

  const cancelledFrom = inputs.adjustments.find((a) => a.kind === 'cancellation')?.fromPeriod;
  if (cancelledFrom === undefined) throw new Error('settleDeferred runs after the cancellation is stored');
  const skipped = unpaid.flatMap((holiday) => holiday.skippedPeriods).sort((a, b) => a - b);
  const lines = unpaid.map((holiday, i) => {
    const count = holiday.skippedPeriods.length;
    const first = periodOf(inputs.agreement, holiday.skippedPeriods[0] ?? 0).start;
    return {
      workspaceId: ws,
      lineNo: i + 1,
      kind: 'base',
      description: `Payment holiday not paid back: ${count} ${count === 1 ? 'period' : 'periods'} from ${formatDay(first)}, cancelled before the commitment ended`,
      amountMinor: holiday.outstandingMinor,
      sourceId: holiday.holidayId,
    };
  });
  const number = (await lockInvoiceCounter(db, ws)) + 1;
  const invoiceId = uuidv7();
  const [invoice] = await db
    .insert(invoices)
    .values({
      workspaceId: ws,
      id: invoiceId,
      number,
      clientId,
      agreementId,
      periodIndex: cancelledFrom,
      periodStart: periodOf(inputs.agreement, skipped[0] ?? 0).start,
      periodEnd: periodOf(inputs.agreement, skipped.at(-1) ?? 0).end,
      issuedOn: today,
      dueOn: dueDateFor(today),
      currency,
      totalMinor: amountMinor,
      status: 'open',
    })
    .returning();
  await db.insert(invoiceLines).values(lines.map((line) => ({ ...line, invoiceId })));
  entries.push(
    requirePosted(
      postInvoice({ id: invoiceId, number, clientId, issuedOn: today, lines, totalMinor: amountMinor }),
    ),
  );
  if (cleared > 0) entries.push(clearing(invoiceId));
  await writeJournal(db, ws, entries);
  await db.execute(sql`update ${invoiceCounters} set last_number = ${number} where workspace_id = ${ws}`);
  await recordAudit(db, actor, {
    action: 'invoice.deferred_balance',
    entityType: 'invoice',
    entityId: invoiceId,
    after: { ...invoice, lines, caseId },
  });
  return { kind: 'bill', amountMinor, invoiceId };
}

/** Paid extension periods (by their invoice) whose holiday recovery has no journal entry yet. */
async function missingRecoveries(
  db: Db,
  workspaceId: string,
  balances: ReturnType<typeof holidayBalances>,
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
