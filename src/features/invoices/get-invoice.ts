import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { inOrder } from '../../db/in-order.ts';
import {
  clients,
  invoiceLines,
  invoices,
  journalEntries,
  journalLines,
  paymentAllocations,
  payments,
} from '../../db/schema/index.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { requireBillingReader, toInvoiceView } from './invoice-views.ts';
import type { InvoiceDetailView } from './schemas.ts';

/** One invoice with its lines, its payments and the journal entries behind its balance. */
export async function getInvoice(db: Db, actor: Actor, id: string, now: Date): Promise<InvoiceDetailView> {
  requireBillingReader(actor);
  return loadInvoiceDetail(db, actor.workspaceId, id, await workspaceToday(db, actor.workspaceId, now));
}

/** The detail view of an invoice of `workspaceId`, or 404; also what a void answers with. */
export async function loadInvoiceDetail(
  db: Db,
  workspaceId: string,
  id: string,
  today: string,
): Promise<InvoiceDetailView> {
  const [found] = await db
    .select({ invoice: invoices, clientName: clients.name })
    .from(invoices)
    .innerJoin(clients, and(eq(clients.workspaceId, invoices.workspaceId), eq(clients.id, invoices.clientId)))
    .where(and(eq(invoices.workspaceId, workspaceId), eq(invoices.id, id)))
    .limit(1);
  if (!found) throw notFound('Invoice');

  const [lines, paid, entries, replacement] = await inOrder([
    () =>
      db
        .select()
        .from(invoiceLines)
        .where(and(eq(invoiceLines.workspaceId, workspaceId), eq(invoiceLines.invoiceId, id)))
        .orderBy(asc(invoiceLines.lineNo)),
    () =>
      db
        .select({ allocation: paymentAllocations, payment: payments })
        .from(paymentAllocations)
        .innerJoin(
          payments,
          and(
            eq(payments.workspaceId, paymentAllocations.workspaceId),
            eq(payments.id, paymentAllocations.paymentId),
          ),
        )
        .where(and(eq(paymentAllocations.workspaceId, workspaceId), eq(paymentAllocations.invoiceId, id)))
        .orderBy(asc(payments.receivedOn), asc(payments.id)),
    () => journalOf(db, workspaceId, id),
    () =>
      db
        .select({ id: invoices.id, number: invoices.number })
        .from(invoices)
        .where(
          and(
            eq(invoices.workspaceId, workspaceId),
            eq(invoices.replacesInvoiceId, id),
            ne(invoices.status, 'void'),
          ),
        )
        .limit(1),
  ]);

  return {
    ...toInvoiceView(found.invoice, found.clientName, today),
    lines: lines.map((line) => ({
      lineNo: line.lineNo,
      kind: line.kind,
      description: line.description,
      amountMinor: line.amountMinor,
      sourceId: line.sourceId,
    })),
    payments: paid.map(({ allocation, payment }) => ({
      paymentId: payment.id,
      method: payment.method,
      receivedOn: payment.receivedOn,
      reference: payment.reference,
      paymentAmountMinor: payment.amountMinor,
      allocatedMinor: allocation.amountMinor,
    })),
    journal: entries,
    replacedBy: replacement[0] ?? null,
  };
}

/** The entries an invoice posted or that name it on a receivable line, with their lines. */
async function journalOf(db: Db, workspaceId: string, invoiceId: string) {
  const touching = or(
    and(sql`${journalEntries.sourceKind} in ('invoice', 'void')`, eq(journalEntries.sourceId, invoiceId)),
    sql`exists (select 1 from ${journalLines} l where l.workspace_id = ${journalEntries.workspaceId}
      and l.entry_id = ${journalEntries.id} and l.invoice_id = ${invoiceId})`,
  );
  const rows = await db
    .select({ entry: journalEntries, line: journalLines })
    .from(journalEntries)
    .innerJoin(
      journalLines,
      and(
        eq(journalLines.workspaceId, journalEntries.workspaceId),
        eq(journalLines.entryId, journalEntries.id),
      ),
    )
    .where(and(eq(journalEntries.workspaceId, workspaceId), touching))
    .orderBy(asc(journalEntries.postedOn), asc(journalEntries.id), asc(journalLines.lineNo));

  const byEntry = new Map<
    string,
    {
      sourceKind: string;
      sourceId: string;
      postedOn: string;
      memo: string;
      receivableMinor: number;
      lines: { account: string; debitMinor: number; creditMinor: number }[];
    }
  >();
  for (const { entry, line } of rows) {
    const view = byEntry.get(entry.id) ?? {
      sourceKind: entry.sourceKind,
      sourceId: entry.sourceId,
      postedOn: entry.postedOn,
      memo: entry.memo,
      receivableMinor: 0,
      lines: [],
    };
    view.lines.push({ account: line.account, debitMinor: line.debitMinor, creditMinor: line.creditMinor });
    if (line.account === 'accounts_receivable' && line.invoiceId === invoiceId) {
      view.receivableMinor += line.debitMinor - line.creditMinor;
    }
    byEntry.set(entry.id, view);
  }
  return [...byEntry.values()];
}
