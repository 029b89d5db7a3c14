import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { refused } from '../../core/errors/app-error.ts';
import { reasonLabel } from '../../core/saves/index.ts';
import type { Db } from '../../db/connect.ts';
import { agreements, saveCases, saveOffers } from '../../db/schema/index.ts';
import { cancelAgreement } from '../agreements/cancel-agreement.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockInvoiceCounter } from '../billing-runs/write-invoices.ts';
import { loadSavePolicy } from '../policy/load-save-policy.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { getSaveCase } from './get-save-case.ts';
import { openPostMortem } from './open-post-mortem.ts';
import { requireOfferRights, requireOpenCase, requireSaveCase } from './require-save-case.ts';
import type { OutcomeInput, SaveCaseView } from './schemas.ts';
import { type DeferredSettlement, settleDeferred } from './settle-deferred.ts';

/**
 * Closes the case, once, in one transaction: offers still on the table are declined
 * (marked `declinedWithOutcome`: never put to the client, so the figures leave them out);
 * "downgraded" and "paused" need the accepted offer that did it. "cancelled" ends the
 * agreement at the period end (`cancelAgreement`), settles a holiday not yet paid back by
 * the policy (`settleDeferred`: bill or waive) and opens the post-mortem with its tasks.
 * Any refusal on the way leaves everything as it was.
 */
export async function recordOutcome(
  db: Db,
  actor: Actor,
  caseId: string,
  input: OutcomeInput,
  now: Date,
): Promise<SaveCaseView> {
  requireOfferRights(actor);
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const saveCase = await requireSaveCase(tx, actor, caseId, { forUpdate: true });
    requireOpenCase(saveCase);
    const offers = await tx
      .select()
      .from(saveOffers)
      .where(and(eq(saveOffers.workspaceId, ws), eq(saveOffers.caseId, caseId)));
    const accepted = new Set(offers.filter((o) => o.status === 'accepted').map((o) => o.kind));
    if (input.outcome === 'downgraded' && !accepted.has('downgrade')) {
      throw refused('A downgraded outcome needs an accepted downgrade offer', [
        { path: 'outcome', message: 'Accept a downgrade first' },
      ]);
    }
    if (input.outcome === 'paused' && !accepted.has('pause')) {
      throw refused('A paused outcome needs an accepted pause offer', [
        { path: 'outcome', message: 'Accept a pause first' },
      ]);
    }
    await tx
      .update(saveOffers)
      .set({ status: 'declined', declinedWithOutcome: true, decidedByUserId: actor.userId, decidedAt: now })
      .where(
        and(eq(saveOffers.workspaceId, ws), eq(saveOffers.caseId, caseId), eq(saveOffers.status, 'proposed')),
      );

    let settlement: DeferredSettlement | null = null;
    if (input.outcome === 'cancelled') {
      const { policy, reasons } = await loadSavePolicy(tx, ws);
      const today = await workspaceToday(tx, ws, now);
      if (saveCase.agreementId && (await isRunning(tx, ws, saveCase.agreementId))) {
        // Counter before agreement, the billing run's order (its invoices' foreign keys
        // share-lock the agreement while it holds the counter), so the two never deadlock.
        if (policy.deferredOnEarlyCancel === 'bill') await lockInvoiceCounter(tx, ws);
        await cancelAgreement(
          tx,
          actor,
          saveCase.agreementId,
          { effectiveOn: input.effectiveOn, reason: input.note ?? reasonLabel(reasons, saveCase.reason) },
          now,
        );
        settlement = await settleDeferred(
          tx,
          actor,
          caseId,
          saveCase.agreementId,
          policy.deferredOnEarlyCancel,
          today,
        );
      }
      await openPostMortem(
        tx,
        actor,
        saveCase,
        reasonLabel(reasons, saveCase.reason),
        input.postMortem,
        today,
        now,
      );
    }
    const [after] = await tx
      .update(saveCases)
      .set({
        status: input.outcome,
        outcomeAt: now,
        outcomeByUserId: actor.userId,
        outcomeNote: input.note ?? null,
        deferredSettlement: settlement?.kind ?? null,
        deferredSettledMinor: settlement?.amountMinor ?? null,
        settlementInvoiceId: settlement?.invoiceId ?? null,
      })
      .where(and(eq(saveCases.workspaceId, ws), eq(saveCases.id, caseId)))
      .returning();
    await recordAudit(tx, actor, {
      action: 'save_case.outcome',
      entityType: 'save_case',
      entityId: caseId,
      before: { status: saveCase.status },
      after: { status: after?.status, note: after?.outcomeNote, settlement },
    });
  });
  return getSaveCase(db, actor, caseId, now);
}

/** An agreement cancelled elsewhere (or ended) is not cancelled twice, nor its holiday settled twice. */
async function isRunning(db: Db, workspaceId: string, agreementId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: agreements.status })
    .from(agreements)
    .where(and(eq(agreements.workspaceId, workspaceId), eq(agreements.id, agreementId)));
  return row?.status === 'active';
}
