import { eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { invoices } from '../../db/schema/index.ts';
import { calendarDate } from '../shared/fields.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { requireBillingReader, selectInvoiceViews } from './invoice-views.ts';
import type { InvoiceView, ListInvoicesQuery } from './schemas.ts';

const cursorKey = z.tuple([calendarDate, z.number().int()]);

/**
 * Invoices, newest first (issue date, then number), a page at a time. "Overdue" means
 * past the due date in the workspace's time zone with something still owed.
 */
export async function listInvoices(
  db: Db,
  actor: Actor,
  query: ListInvoicesQuery,
  now: Date,
): Promise<{ items: InvoiceView[]; nextCursor: string | null }> {
  requireBillingReader(actor);
  const today = await workspaceToday(db, actor.workspaceId, now);
  const where = [
    query.status ? eq(invoices.status, query.status) : undefined,
    query.clientId ? eq(invoices.clientId, query.clientId) : undefined,
    query.agreementId ? eq(invoices.agreementId, query.agreementId) : undefined,
    query.issuedFrom ? gte(invoices.issuedOn, query.issuedFrom) : undefined,
    query.issuedTo ? lte(invoices.issuedOn, query.issuedTo) : undefined,
  ];
  if (query.overdue === true) {
    where.push(inArray(invoices.status, ['open', 'partially_paid']), lt(invoices.dueOn, today));
  }
  if (query.overdue === false) {
    where.push(sql`not (${invoices.status} in ('open', 'partially_paid') and ${invoices.dueOn} < ${today})`);
  }
  if (query.cursor) {
    const [issuedOn, number] = readCursor(query.cursor, cursorKey);
    where.push(sql`(${invoices.issuedOn}, ${invoices.number}) < (${issuedOn}::date, ${number}::int)`);
  }
  const rows = await selectInvoiceViews(db, actor.workspaceId, { where, today, limit: query.limit + 1 });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.issuedOn, last.number]) : null,
  };
}
