import { and, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../core/auth/actor.ts';
import { dueDateFor, periodOf } from '../../core/billing/index.ts';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import { postHolidayRecovery } from '../../core/ledger/post-holiday-recovery.ts';
import { postInvoice } from '../../core/ledger/post-invoice.ts';
import { type DeferredOnEarlyCancel, formatDay, holidayBalances } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { clients, invoiceCounters, invoiceLines, invoices } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockInvoiceCounter } from '../billing-runs/write-invoices.ts';
import { missingRecoveryEntries, paidPeriods } from '../billing-shared/holiday-recoveries.ts';
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
 * Paid extension periods whose recovery the journal lacks are posted first, so the memo
 * pair ends at zero for a settled holiday. Payments post their recoveries as they settle
 * extension invoices (`recordPayment`), so this finds nothing unless a payment predates
 * that: it is the same function, keyed by invoice, so nothing is ever posted twice.
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
  const clientId = inputs.row.clientId;
  // A payment of this client posts recoveries too: take turns with it (record-payment
  // locks the same row), so the paid periods read below cannot change and nothing is
  // cleared twice.
  await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.workspaceId, ws), eq(clients.id, clientId)))
    .for('no key update');
  const balances = holidayBalances(
    inputs.agreement,
    inputs.adjustments,
    await paidPeriods(db, ws, agreementId),
  );
  const unpaid = balances.filter((holiday) => holiday.outstandingMinor > 0);
  const amountMinor = unpaid.reduce((sum, holiday) => sum + holiday.outstandingMinor, 0);
  if (amountMinor === 0) return null;

  // Paid extension periods whose recovery is not in the journal yet are posted first, so
  // the memo holds exactly what is outstanding before the rest is billed or waived.
  const caughtUp = await missingRecoveryEntries(
    db,
    ws,
    { clientId, invoiceByPeriod: inputs.invoiceByPeriod },
    balances,
    (await clientAccountBalances(db, ws, clientId)).holiday_deferred ?? 0,
    today,
  );
  const entries: JournalEntry[] = caughtUp.entries;
  const memo = caughtUp.memoMinor;
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
