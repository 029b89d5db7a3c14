import { and, asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, notFound, refused } from '../../core/errors/app-error.ts';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import { reverseHolidayRecovery } from '../../core/ledger/post-holiday-recovery.ts';
import { postUnallocation } from '../../core/ledger/post-unallocation.ts';
import { postVoid } from '../../core/ledger/post-void.ts';
import type { Db } from '../../db/connect.ts';
import { invoices, paymentAllocations } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePosted } from '../billing-shared/posting.ts';
import { writeJournal } from '../billing-shared/write-journal.ts';
import { loadEntriesBySource } from '../ledger/load-journal.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { loadInvoiceDetail } from './get-invoice.ts';
import { type Reissue, reissueInvoice, takeInvoiceNumbers } from './reissue-invoice.ts';
import type { InvoiceView, VoidInvoiceInput, VoidInvoiceResult } from './schemas.ts';

/**
 * Voids a posted invoice (owner): posted invoices are never edited, only voided and
 * replaced. The void reverses the invoice's own journal entry line for line.
 *
 * An invoice with payments on it is refused (422), as the ledger's rule says, unless
 * `unallocate` is given: then each payment is first moved off it to the client's credit
 * balance (one unallocation entry each), to spend on the replacement or refund. With
 * `reissue` the replacement for the same period is issued at once from the billing core;
 * a holiday recovery the invoice posted when paid is undone (`reverseHolidayRecovery`);
 * otherwise the next billing run issues it. All of it is one transaction, audited.
 */
export async function voidInvoice(
  db: Db,
  actor: Actor,
  id: string,
  input: VoidInvoiceInput,
  now: Date,
): Promise<VoidInvoiceResult> {
  if (!policies.voidInvoices(actor)) throw forbidden('Only the owner voids invoices');
  return db.transaction(async (tx) => {
    const workspaceId = actor.workspaceId;
    // Taken before the invoice row, in the billing run's order, so the two never deadlock.
    const numbers = input.reissue ? await takeInvoiceNumbers(tx, workspaceId) : null;
    const [before] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.workspaceId, workspaceId), eq(invoices.id, id)))
      .for('update');
    if (!before) throw notFound('Invoice');
    if (before.status === 'void') throw refused(`Invoice ${before.number} is already void`);
    const today = await workspaceToday(tx, workspaceId, now);

    const allocations = await tx
      .select()
      .from(paymentAllocations)
      .where(and(eq(paymentAllocations.workspaceId, workspaceId), eq(paymentAllocations.invoiceId, id)))
      .orderBy(asc(paymentAllocations.paymentId));
    const allocatedMinor = allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
    const invoiceEntry = (await loadEntriesBySource(tx, workspaceId, 'invoice', [id])).get(id) ?? {
      // An invoice of zero with nothing to post has no entry; its void has nothing to reverse.
      source: { kind: 'invoice', id },
      postedOn: before.issuedOn,
      memo: `Invoice ${before.number}`,
      lines: [],
    };
    const voidRequest = { invoiceEntry, isVoid: false, postedOn: today, reason: input.reason };
    if (allocatedMinor > 0 && !input.unallocate) {
      const verdict = postVoid({ ...voidRequest, allocatedMinor });
      const message = verdict.ok ? 'The invoice has payments on it' : verdict.message;
      throw refused(message, [
        {
          path: 'unallocate',
          message: 'Send "unallocate": true to move its payments to the client’s credit balance, then void',
        },
      ]);
    }

    const entries: JournalEntry[] = allocations.map((allocation) =>
      requirePosted(
        postUnallocation({
          id: uuidv7(),
          clientId: before.clientId,
          invoiceId: id,
          paymentId: allocation.paymentId,
          amountMinor: allocation.amountMinor,
          allocatedMinor: allocation.amountMinor,
          postedOn: today,
        }),
      ),
    );
    entries.push(requirePosted(postVoid({ ...voidRequest, allocatedMinor: 0 })));
    // A paid extension invoice recovered holiday value when it was settled; voided, it no
    // longer has, so the recovery is undone and the replacement recovers it when paid.
    const recovery = (await loadEntriesBySource(tx, workspaceId, 'holiday_recovery', [id])).get(id);
    if (recovery) entries.push(requirePosted(reverseHolidayRecovery(recovery, today, input.reason)));
    if (allocations.length > 0) {
      await tx
        .delete(paymentAllocations)
        .where(and(eq(paymentAllocations.workspaceId, workspaceId), eq(paymentAllocations.invoiceId, id)));
    }
    const [after] = await tx
      .update(invoices)
      .set({ status: 'void', paidMinor: 0, voidedAt: now, voidReason: input.reason })
      .where(and(eq(invoices.workspaceId, workspaceId), eq(invoices.id, id)))
      .returning();
    if (!after) throw notFound('Invoice');
    await writeJournal(tx, workspaceId, entries);
    await recordAudit(tx, actor, [
      ...allocations.map((allocation) => ({
        action: 'payment.unallocate',
        entityType: 'payment',
        entityId: allocation.paymentId,
        before: allocation,
        after: { invoiceId: id, movedToCreditMinor: allocation.amountMinor },
      })),
      {
        action: 'invoice.void',
        entityType: 'invoice',
        entityId: id,
        before,
        after: recovery ? { ...after, holidayRecoveryUndone: recovery.lines } : after,
      },
    ]);

    const reissue: Reissue = numbers
      ? await reissueInvoice(tx, actor, after, numbers, today)
      : {
          replacement: null,
          note:
            `The next billing run issues the replacement for period ${after.periodIndex} ` +
            `(${after.periodStart} to ${after.periodEnd}), unless an adjustment stops it`,
        };
    return {
      invoice: await loadInvoiceDetail(tx, workspaceId, id, today),
      unallocated: allocations.map((a) => ({ paymentId: a.paymentId, amountMinor: a.amountMinor })),
      replacement: reissue.replacement satisfies InvoiceView | null,
      replacementNote: reissue.note,
    };
  });
}
