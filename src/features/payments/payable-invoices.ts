import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { refused } from '../../core/errors/app-error.ts';
import type { ChosenInvoice, OpenInvoice } from '../../core/ledger/allocate-payment.ts';
import type { Db } from '../../db/connect.ts';
import { invoices } from '../../db/schema/index.ts';

export type InvoiceRow = typeof invoices.$inferSelect;

/**
 * Locks (`for update`) and returns the invoices a payment may settle, so two payments at
 * once can never allocate the same outstanding amount twice: the second waits, then reads
 * what the first left. Chosen invoices must be this client's, open, and issued by the day
 * the payment was received (money that came in before an invoice existed is a credit, not
 * a payment of it). Without a choice: the client's open invoices issued by then.
 */
export async function lockPayableInvoices(
  db: Db,
  workspaceId: string,
  clientId: string,
  receivedOn: string,
  chosen: readonly ChosenInvoice[] | undefined,
): Promise<InvoiceRow[]> {
  const inWorkspace = eq(invoices.workspaceId, workspaceId);
  if (!chosen) {
    return db
      .select()
      .from(invoices)
      .where(
        and(
          inWorkspace,
          eq(invoices.clientId, clientId),
          inArray(invoices.status, ['open', 'partially_paid']),
          lte(invoices.issuedOn, receivedOn),
        ),
      )
      .orderBy(asc(invoices.id))
      .for('update');
  }
  const rows = await db
    .select()
    .from(invoices)
    .where(
      and(
        inWorkspace,
        inArray(
          invoices.id,
          chosen.map((choice) => choice.invoiceId),
        ),
      ),
    )
    .orderBy(asc(invoices.id))
    .for('update');
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const { invoiceId } of chosen) {
    const row = byId.get(invoiceId);
    const path = `allocations.${chosen.findIndex((choice) => choice.invoiceId === invoiceId)}.invoiceId`;
    if (!row || row.clientId !== clientId) {
      throw refused('That invoice is not one of this client’s', [
        { path, message: `No invoice ${invoiceId} for this client` },
      ]);
    }
    if (row.status === 'void') {
      throw refused(`Invoice ${row.number} is void: a void invoice cannot be paid`, [
        { path, message: 'Pay its replacement instead' },
      ]);
    }
    if (row.status === 'paid') {
      throw refused(`Invoice ${row.number} is already paid`, [{ path, message: 'Nothing is owed on it' }]);
    }
    if (row.issuedOn > receivedOn) {
      throw refused(`Invoice ${row.number} was issued on ${row.issuedOn}, after the payment was received`, [
        { path, message: 'A payment settles only invoices issued by the day it was received' },
      ]);
    }
  }
  return rows;
}

/** The core's view of locked invoices: what is still outstanding on each. */
export function toOpenInvoices(rows: readonly InvoiceRow[]): OpenInvoice[] {
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    issuedOn: row.issuedOn,
    dueOn: row.dueOn,
    outstandingMinor: row.totalMinor - row.paidMinor,
  }));
}
