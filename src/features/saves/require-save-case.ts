import { and, eq, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { saveCases, saveOffers } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';

export type SaveCaseRow = typeof saveCases.$inferSelect;
export type SaveOfferRow = typeof saveOffers.$inferSelect;

/**
 * A save case on a client the actor sees, or 404 (a stand-in sees only their clients'
 * cases, and learns nothing about others). With `forUpdate` the case stays locked until
 * the transaction ends, so two decisions on one case take turns.
 */
export async function requireSaveCase(
  db: Db,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SaveCaseRow> {
  const query = db
    .select()
    .from(saveCases)
    .where(
      and(
        eq(saveCases.workspaceId, actor.workspaceId),
        eq(saveCases.id, id),
        visibleClientCondition(actor, sql`${saveCases.clientId}`),
      ),
    )
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Save case');
  return row;
}

/** Offers, accepting, declining and outcomes are the owner's and staff's (see `policies`). */
export function requireOfferRights(actor: Actor): void {
  if (!policies.grantSaveOffers(actor)) {
    throw forbidden('Stand-ins log the call; offers and outcomes are for the owner and staff');
  }
}

/** A decided case takes no more offers or outcomes. */
export function requireOpenCase(row: SaveCaseRow): void {
  if (row.status !== 'open') throw refused(`The case is closed: the outcome was ${row.status}`);
}

/** One offer of the case, locked when asked, or 404. */
export async function requireSaveOffer(
  db: Db,
  actor: Actor,
  caseId: string,
  offerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<SaveOfferRow> {
  const query = db
    .select()
    .from(saveOffers)
    .where(
      and(
        eq(saveOffers.workspaceId, actor.workspaceId),
        eq(saveOffers.caseId, caseId),
        eq(saveOffers.id, offerId),
      ),
    )
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Offer');
  return row;
}
