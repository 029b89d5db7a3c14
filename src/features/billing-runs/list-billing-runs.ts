import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { billingRuns } from '../../db/schema/index.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { toBillingRunView } from './billing-run-view.ts';
import type { BillingRunView } from './schemas.ts';

/** Billing runs, newest first. */
export async function listBillingRuns(
  db: Db,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
  now: Date,
): Promise<{ items: BillingRunView[]; nextCursor: string | null }> {
  if (!policies.seeBilling(actor)) throw forbidden('Billing is for the owner and staff');
  const where = [eq(billingRuns.workspaceId, actor.workspaceId)];
  if (query.cursor) where.push(lt(billingRuns.id, readCursor(query.cursor, z.tuple([z.uuid()]))[0]));
  const rows = await db
    .select()
    .from(billingRuns)
    .where(and(...where))
    .orderBy(desc(billingRuns.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const currency = await workspaceCurrency(db, actor.workspaceId);
  const last = page.at(-1);
  return {
    items: page.map((row) => toBillingRunView(row, currency, now)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
  };
}
