import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../core/auth/actor.ts';
import { validateAdjustment } from '../../core/billing/index.ts';
import { refused } from '../../core/errors/app-error.ts';
import { checkOffer, offerAdjustment, offerDates } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { saveOffers } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadSavePolicy } from '../policy/load-save-policy.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { loadOfferAgreement } from './offer-agreement.ts';
import { buildOfferPreview } from './offer-preview.ts';
import { offerTerms, resolveOffer } from './offer-terms.ts';
import { policyRefusal } from './policy-refusal.ts';
import { requireOfferRights, requireOpenCase, requireSaveCase } from './require-save-case.ts';
import { toOfferView } from './save-views.ts';
import type { ProposedOfferView, ProposeOfferInput } from './schemas.ts';

/**
 * Puts an offer on the table: checked against the owner's policy (beyond it only for the
 * owner, with a reason) and the agreement's other adjustments, previewed as the next 12
 * invoices without and with it, and recorded as proposed. Nothing changes in billing
 * until the client says yes (`acceptOffer`).
 */
export async function proposeOffer(
  db: Db,
  actor: Actor,
  caseId: string,
  input: ProposeOfferInput,
  now: Date,
): Promise<ProposedOfferView> {
  requireOfferRights(actor);
  return db.transaction(async (tx) => {
    const saveCase = await requireSaveCase(tx, actor, caseId, { forUpdate: true });
    requireOpenCase(saveCase);
    const { inputs, currency } = await loadOfferAgreement(tx, actor, saveCase.agreementId);
    const { policy } = await loadSavePolicy(tx, actor.workspaceId);
    const today = await workspaceToday(tx, actor.workspaceId, now);
    const offer = await resolveOffer(tx, actor.workspaceId, inputs, input, today, policy);
    const check = checkOffer(policy, actor.role, offer, {
      override: input.overrideReason,
      existing: inputs.adjustments,
    });
    if (!check.ok) throw policyRefusal(check);

    const id = uuidv7();
    const candidate = offerAdjustment(offer, id);
    const problems = validateAdjustment(inputs.agreement, inputs.adjustments, candidate);
    if (problems.length > 0) throw refused(problems[0]?.message ?? 'The offer is refused', problems);
    const preview = buildOfferPreview(inputs, candidate, offer.fromPeriod, currency);
    const dates = offerDates(inputs.agreement, offer);
    const [row] = await tx
      .insert(saveOffers)
      .values({
        workspaceId: actor.workspaceId,
        id,
        caseId,
        agreementId: inputs.row.id,
        kind: offer.kind,
        fromPeriod: offer.fromPeriod,
        terms: offerTerms(offer),
        startsOn: dates.startsOn,
        endsOn: dates.endsOn,
        returnsOn: dates.returnsOn,
        endPeriod: dates.endPeriod,
        revenueEffectMinor: preview.next12.differenceMinor,
        overrideReason: check.overridden ? (input.overrideReason ?? null) : null,
        overriddenPolicies: check.overridden ? check.breaches.map((breach) => breach.policy) : null,
        proposedByUserId: actor.userId,
      })
      .returning();
    if (!row) throw new Error('offer insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'save_offer.propose',
      entityType: 'save_case',
      entityId: caseId,
      after: row,
    });
    return { offer: await toOfferView(tx, actor.workspaceId, row), preview };
  });
}
