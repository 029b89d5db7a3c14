import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { inOrder } from '../../db/in-order.ts';
import {
  clients,
  invoices,
  journalEntries,
  journalLines,
  paymentAllocations,
  type payments,
} from '../../db/schema/index.ts';
import type { PaymentView } from './schemas.ts';

type PaymentRow = typeof payments.$inferSelect;

/**
 * API views of stored payments, with their allocations (invoice numbers included) and
 * the exchange fee, which lives only in the journal. Three queries, whatever the page.
 */
export async function toPaymentViews(
  db: Db,
  workspaceId: string,
  rows: readonly PaymentRow[],
): Promise<PaymentView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const clientIds = [...new Set(rows.map((row) => row.clientId))];
  const [allocationRows, feeRows, clientRows] = await inOrder([
    () =>
      db
        .select({
          paymentId: paymentAllocations.paymentId,
          invoiceId: paymentAllocations.invoiceId,
          invoiceNumber: invoices.number,
          amountMinor: paymentAllocations.amountMinor,
        })
        .from(paymentAllocations)
        .innerJoin(
          invoices,
          and(
            eq(invoices.workspaceId, paymentAllocations.workspaceId),
            eq(invoices.id, paymentAllocations.invoiceId),
          ),
        )
        .where(
          and(eq(paymentAllocations.workspaceId, workspaceId), inArray(paymentAllocations.paymentId, ids)),
        )
        .orderBy(invoices.number),
    () =>
      db
        .select({ paymentId: journalEntries.sourceId, feeMinor: journalLines.debitMinor })
        .from(journalLines)
        .innerJoin(
          journalEntries,
          and(
            eq(journalEntries.workspaceId, journalLines.workspaceId),
            eq(journalEntries.id, journalLines.entryId),
          ),
        )
        .where(
          and(
            eq(journalLines.workspaceId, workspaceId),
            eq(journalLines.account, 'trade_exchange_fees'),
            eq(journalEntries.sourceKind, 'payment'),
            inArray(journalEntries.sourceId, ids),
          ),
        ),
    () =>
      db
        .select({ id: clients.id, name: clients.name })
        .from(clients)
        .where(and(eq(clients.workspaceId, workspaceId), inArray(clients.id, clientIds))),
  ]);
  const fees = new Map(feeRows.map((row) => [row.paymentId, row.feeMinor]));
  const names = new Map(clientRows.map((row) => [row.id, row.name]));
  return rows.map((row) => {
    const allocations = allocationRows
      .filter((allocation) => allocation.paymentId === row.id)
      .map(({ invoiceId, invoiceNumber, amountMinor }) => ({ invoiceId, invoiceNumber, amountMinor }));
    const allocated = allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
    return {
      id: row.id,
      clientId: row.clientId,
      clientName: names.get(row.clientId) ?? '',
      receivedOn: row.receivedOn,
      method: row.method,
      amountMinor: row.amountMinor,
      exchangeFeeMinor: fees.get(row.id) ?? 0,
      reference: row.reference,
      note: row.note,
      allocations,
      creditMinor: row.amountMinor - allocated,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
