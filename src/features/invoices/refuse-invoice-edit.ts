import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { invoices } from '../../db/schema/index.ts';
import { requireBillingReader } from './invoice-views.ts';

/**
 * The answer to any attempt to change or delete an invoice: a posted invoice is part of
 * the ledger, so it is never edited, only voided and replaced (with an audit trail).
 */
export async function refuseInvoiceEdit(db: Db, actor: Actor, id: string): Promise<never> {
  requireBillingReader(actor);
  const [invoice] = await db
    .select({ number: invoices.number })
    .from(invoices)
    .where(and(eq(invoices.workspaceId, actor.workspaceId), eq(invoices.id, id)))
    .limit(1);
  if (!invoice) throw notFound('Invoice');
  throw refused(
    `Invoice ${invoice.number} is posted: posted invoices are never edited, only voided and replaced`,
    [
      {
        path: 'id',
        message: 'POST /api/v1/invoices/{id}/void with a reason, and "reissue": true for the corrected one',
      },
    ],
  );
}
