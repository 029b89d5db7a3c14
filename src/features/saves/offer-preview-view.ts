import type { Actor } from '../../core/auth/actor.ts';
import type { Adjustment } from '../../core/billing/index.ts';
import { offerAdjustment } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { loadOfferAgreement } from './offer-agreement.ts';
import { buildOfferPreview } from './offer-preview.ts';
import { toSaveOffer } from './offer-terms.ts';
import { requireOfferRights, requireSaveCase, requireSaveOffer } from './require-save-case.ts';
import type { OfferPreviewView } from './schemas.ts';

/**
 * An offer's side-by-side preview again, as billing stands now: a proposed offer against
 * the agreement's adjustments, an accepted one against them without its own adjustment.
 */
export async function getOfferPreview(
  db: Db,
  actor: Actor,
  caseId: string,
  offerId: string,
): Promise<OfferPreviewView> {
  requireOfferRights(actor);
  await requireSaveCase(db, actor, caseId);
  const row = await requireSaveOffer(db, actor, caseId, offerId);
  const { inputs, currency } = await loadOfferAgreement(db, actor, row.agreementId, { allowCancelled: true });
  const stored = inputs.adjustments.find((a) => a.id === row.adjustmentId);
  const candidate: Adjustment = stored ?? offerAdjustment(toSaveOffer(row), row.id);
  const others = inputs.adjustments.filter((a) => a.id !== candidate.id);
  return buildOfferPreview({ ...inputs, adjustments: others }, candidate, row.fromPeriod, currency);
}
