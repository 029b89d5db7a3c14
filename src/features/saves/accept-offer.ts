import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { effectiveTermEnd } from '../../core/billing/index.ts';
import { refused } from '../../core/errors/app-error.ts';
import {
  basePriceAt,
  checkOffer,
  confirmationText,
  isWindowOffer,
  reasonLabel,
} from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { saveOffers } from '../../db/schema/index.ts';
import { storeAdjustment } from '../agreements/add-adjustment.ts';
import { previewPeriods } from '../agreements/preview-periods.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadSavePolicy } from '../policy/load-save-policy.ts';
import { loadOfferAgreement } from './offer-agreement.ts';
import { adjustmentInputOf, toSaveOffer } from './offer-terms.ts';
import { policyRefusal } from './policy-refusal.ts';
import { queueConfirmationMail } from './queue-confirmation-mail.ts';
import {
  requireOfferRights,
  requireOpenCase,
  requireSaveCase,
  requireSaveOffer,
} from './require-save-case.ts';
import { toOfferView } from './save-views.ts';
import type { AcceptedOfferView } from './schemas.ts';

/**
 * The client said yes: the offer becomes the billing adjustment the run applies (its
 * source is this offer), in one transaction with the offer's decision, the confirmation
 * (queued to the client's e-mail through the outbox) and the audit. Refused — changing
 * nothing — when the offer was already decided, the case is closed, the agreement is cancelled, the offer no longer fits the policy as it
 * stands (an override the owner recorded still holds) or the agreement's adjustments,
 * or its first period has been invoiced since it was proposed.
 */
export async function acceptOffer(
  db: Db,
  actor: Actor,
  caseId: string,
  offerId: string,
  now: Date,
): Promise<AcceptedOfferView> {
  requireOfferRights(actor);
  return db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const saveCase = await requireSaveCase(tx, actor, caseId, { forUpdate: true });
    const row = await requireSaveOffer(tx, actor, caseId, offerId, { forUpdate: true });
    if (row.status !== 'proposed') throw refused(`The offer was already ${row.status}`);
    requireOpenCase(saveCase);
    const { inputs } = await loadOfferAgreement(tx, actor, row.agreementId, { forUpdate: true });
    const { policy, reasons } = await loadSavePolicy(tx, ws);
    const offer = toSaveOffer(row);
    const check = checkOffer(policy, row.overrideReason ? 'owner' : actor.role, offer, {
      override: row.overrideReason,
      existing: inputs.adjustments,
    });
    if (!check.ok) throw policyRefusal(check);

    const why = `Save case: ${reasonLabel(reasons, saveCase.reason)}${
      row.overrideReason ? ` (beyond policy: ${row.overrideReason})` : ''
    }`;
    const adjustmentId = await storeAdjustment(tx, actor, row.agreementId, adjustmentInputOf(offer, why), {
      kind: 'save_offer',
      id: row.id,
    });

    const after = await loadOfferAgreement(tx, actor, row.agreementId);
    const term = effectiveTermEnd(after.inputs.agreement, after.inputs.adjustments);
    const confirmation = confirmationText({
      offer,
      currency: after.currency,
      interval: after.inputs.agreement.interval,
      periods: previewPeriods(after.inputs, offer.fromPeriod, (isWindowOffer(offer) ? offer.periods : 0) + 1),
      endDate: term.endDate,
      commitmentEndDate: term.commitmentEndDate,
      previousPriceMinor: basePriceAt(inputs.agreement, inputs.adjustments, offer.fromPeriod),
    });
    const [accepted] = await tx
      .update(saveOffers)
      .set({ status: 'accepted', adjustmentId, decidedByUserId: actor.userId, decidedAt: now, confirmation })
      .where(and(eq(saveOffers.workspaceId, ws), eq(saveOffers.id, row.id)))
      .returning();
    if (!accepted) throw new Error('offer update returned nothing');
    await queueConfirmationMail(tx, actor, saveCase, confirmation, now);
    await recordAudit(tx, actor, {
      action: 'save_offer.accept',
      entityType: 'save_case',
      entityId: caseId,
      before: { offerId: row.id, status: row.status },
      after: { offerId: row.id, status: 'accepted', adjustmentId, confirmation },
    });
    return {
      offer: await toOfferView(tx, ws, accepted),
      confirmation,
      term: { effectiveEnd: term.endDate, commitmentEnd: term.commitmentEndDate },
    };
  });
}
