import { and, desc, eq, type SQL } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { daysBetween } from '../../core/calendar/today-in.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clients, invoices } from '../../db/schema/index.ts';
import type { InvoiceView } from './schemas.ts';

export type InvoiceRow = typeof invoices.$inferSelect;

/** Reading invoices, payments and balances: the owner and staff, never a stand-in. */
export function requireBillingReader(actor: Actor): void {
  if (!policies.seeBilling(actor)) throw forbidden('Billing is for the owner and staff');
}

/** An invoice as the API shows it; `today` (the workspace's date) decides what is overdue. */
export function toInvoiceView(row: InvoiceRow, clientName: string, today: string): InvoiceView {
  const outstandingMinor = row.status === 'void' ? 0 : row.totalMinor - row.paidMinor;
  const daysPastDue = daysBetween(row.dueOn, today);
  const isOverdue = outstandingMinor > 0 && daysPastDue > 0;
  return {
    id: row.id,
    number: row.number,
    clientId: row.clientId,
    clientName,
    agreementId: row.agreementId,
    periodIndex: row.periodIndex,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    issuedOn: row.issuedOn,
    dueOn: row.dueOn,
    currency: row.currency,
    totalMinor: row.totalMinor,
    paidMinor: row.paidMinor,
    outstandingMinor,
    status: row.status,
    isOverdue,
    daysOverdue: isOverdue ? daysPastDue : 0,
    replacesInvoiceId: row.replacesInvoiceId,
    voidedAt: row.voidedAt?.toISOString() ?? null,
    voidReason: row.voidReason,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Invoices of the actor's workspace matching `where`, newest first, as API views. */
export async function selectInvoiceViews(
  db: Db,
  workspaceId: string,
  options: { where?: (SQL | undefined)[]; today: string; limit: number },
): Promise<InvoiceView[]> {
  const rows = await db
    .select({ invoice: invoices, clientName: clients.name })
    .from(invoices)
    .innerJoin(clients, and(eq(clients.workspaceId, invoices.workspaceId), eq(clients.id, invoices.clientId)))
    .where(and(eq(invoices.workspaceId, workspaceId), ...(options.where ?? [])))
    .orderBy(desc(invoices.issuedOn), desc(invoices.number))
    .limit(options.limit);
  return rows.map(({ invoice, clientName }) => toInvoiceView(invoice, clientName, options.today));
}
