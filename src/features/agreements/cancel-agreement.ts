import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { firstPeriodFrom } from '../../core/billing/index.ts';
import type { Db } from '../../db/connect.ts';
import { agreements } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadBillingInputs, nextUnbilledPeriod } from '../billing-shared/billing-inputs.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { storeAdjustment, viewOf } from './add-adjustment.ts';
import { requireAgreement } from './require-agreement.ts';
import type { AgreementView, CancelAgreementInput } from './schemas.ts';

/**
 * Ends an agreement at a period end: billing stops from the first period starting on or
 * after `effectiveOn` (default: the period after the current one), as a cancellation
 * adjustment, so periods before it still bill and a broken commitment stays visible.
 */
export async function cancelAgreement(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: CancelAgreementInput,
  now: Date,
): Promise<AgreementView> {
  return db.transaction(async (tx) => {
    const row = await requireAgreement(tx, actor, agreementId, { write: true, forUpdate: true });
    const [inputs] = await loadBillingInputs(
      tx,
      actor.workspaceId,
      [row],
      await workspaceCurrency(tx, actor.workspaceId),
    );
    if (!inputs) throw new Error('billing inputs missing');
    const from = input.effectiveOn ?? (await workspaceToday(tx, actor.workspaceId, now));
    // A date inside a period cancels from the next one: the period under way is honoured,
    // and so is every invoice already issued.
    const fromPeriod = Math.max(firstPeriodFrom(inputs.agreement, from), nextUnbilledPeriod(inputs));
    await storeAdjustment(
      tx,
      actor,
      agreementId,
      { kind: 'cancellation', fromPeriod, reason: input.reason },
      null,
    );
    await tx
      .update(agreements)
      .set({ status: 'cancelled' })
      .where(and(eq(agreements.workspaceId, actor.workspaceId), eq(agreements.id, agreementId)));
    await recordAudit(tx, actor, {
      action: 'agreement.cancel',
      entityType: 'agreement',
      entityId: agreementId,
      before: { status: row.status },
      after: { status: 'cancelled', fromPeriod },
    });
    return viewOf(tx, actor, agreementId);
  });
}
