import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { agreements } from '../../db/schema/index.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { calendarDate } from '../shared/fields.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { toAgreementViews } from './agreement-views.ts';
import type { AgreementView, ListAgreementsQuery } from './schemas.ts';

/** Agreements, newest first, for one client or the whole workspace. */
export async function listAgreements(
  db: Db,
  actor: Actor,
  query: ListAgreementsQuery,
): Promise<{ items: AgreementView[]; nextCursor: string | null }> {
  if (!policies.seeBilling(actor)) throw forbidden('Billing is for the owner and staff');
  const where: (SQL | undefined)[] = [eq(agreements.workspaceId, actor.workspaceId)];
  if (query.clientId) where.push(eq(agreements.clientId, query.clientId));
  if (query.status) where.push(eq(agreements.status, query.status));
  if (query.cursor) {
    const [startsOn, id] = readCursor(query.cursor, z.tuple([calendarDate, z.uuid()]));
    where.push(
      or(lt(agreements.startsOn, startsOn), and(eq(agreements.startsOn, startsOn), lt(agreements.id, id))),
    );
  }
  const rows = await db
    .select()
    .from(agreements)
    .where(and(...where))
    .orderBy(desc(agreements.startsOn), desc(agreements.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await toAgreementViews(
      db,
      actor.workspaceId,
      page,
      await workspaceCurrency(db, actor.workspaceId),
    ),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.startsOn, last.id]) : null,
  };
}
