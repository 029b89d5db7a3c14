import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { saveOffers } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireOfferRights, requireSaveCase, requireSaveOffer } from './require-save-case.ts';
import { toOfferView } from './save-views.ts';
import type { OfferView } from './schemas.ts';

/** The client said no to this one; the case stays open for another offer or an outcome. */
export async function declineOffer(
  db: Db,
  actor: Actor,
  caseId: string,
  offerId: string,
  now: Date,
): Promise<OfferView> {
  requireOfferRights(actor);
  return db.transaction(async (tx) => {
    await requireSaveCase(tx, actor, caseId, { forUpdate: true });
    const row = await requireSaveOffer(tx, actor, caseId, offerId, { forUpdate: true });
    if (row.status !== 'proposed') throw refused(`The offer was already ${row.status}`);
    const [declined] = await tx
      .update(saveOffers)
      .set({ status: 'declined', decidedByUserId: actor.userId, decidedAt: now })
      .where(and(eq(saveOffers.workspaceId, actor.workspaceId), eq(saveOffers.id, row.id)))
      .returning();
    if (!declined) throw new Error('offer update returned nothing');
    await recordAudit(tx, actor, {
      action: 'save_offer.decline',
      entityType: 'save_case',
      entityId: caseId,
      before: { offerId: row.id, status: row.status },
      after: { offerId: row.id, status: 'declined' },
    });
    return toOfferView(tx, actor.workspaceId, declined);
  });
}
