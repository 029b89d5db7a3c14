import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { payments } from '../../db/schema/index.ts';
import { requireBillingReader } from '../invoices/invoice-views.ts';
import { calendarDate } from '../shared/fields.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { toPaymentViews } from './payment-views.ts';
import type { ListPaymentsQuery, PaymentView } from './schemas.ts';

const cursorKey = z.tuple([calendarDate, z.uuid()]);

/** Payments, most recently received first, for one client or the whole workspace. */
export async function listPayments(
  db: Db,
  actor: Actor,
  query: ListPaymentsQuery,
): Promise<{ items: PaymentView[]; nextCursor: string | null }> {
  requireBillingReader(actor);
  const where: (SQL | undefined)[] = [
    eq(payments.workspaceId, actor.workspaceId),
    query.clientId ? eq(payments.clientId, query.clientId) : undefined,
    query.method ? eq(payments.method, query.method) : undefined,
    query.receivedFrom ? gte(payments.receivedOn, query.receivedFrom) : undefined,
    query.receivedTo ? lte(payments.receivedOn, query.receivedTo) : undefined,
  ];
  if (query.cursor) {
    const [receivedOn, id] = readCursor(query.cursor, cursorKey);
    where.push(sql`(${payments.receivedOn}, ${payments.id}) < (${receivedOn}::date, ${id}::uuid)`);
  }
  const rows = await db
    .select()
    .from(payments)
    .where(and(...where))
    .orderBy(desc(payments.receivedOn), desc(payments.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await toPaymentViews(db, actor.workspaceId, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.receivedOn, last.id]) : null,
  };
}
