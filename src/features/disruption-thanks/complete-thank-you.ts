import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import {
  isMoneyKind,
  type ThankYouApplication,
  type ThankYouChoice,
  thankYouApplication,
} from '../../core/disruptions/thank-you-terms.ts';
import { conflict, forbidden, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { credits, disruptionThankYous } from '../../db/schema/index.ts';
import { storeAdjustment } from '../agreements/add-adjustment.ts';
import { addCredit } from '../agreements/add-credit.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { logInteraction } from '../interactions/log-interaction.ts';
import { findLiveAgreement, type LiveAgreement } from './find-live-agreement.ts';
import { requireResolved } from './require-resolved.ts';
import type { DoneInput, ThankYouView } from './schemas.ts';
import { THANK_YOU_SOURCE, thankYouView } from './thank-you-rows.ts';

/**
 * Gives a chosen thank-you, once. Money goes through the billing engine: a service credit
 * or a free month becomes a credit on the client's live agreement (`addCredit`), a discount
 * a reduction from the first period not yet invoiced (`storeAdjustment`) — both the owner's,
 * as every billing grant is. Gifts, notes and calls are done by hand and logged on the
 * client's timeline as an outbound touch. Done twice is a conflict; a refusal writes nothing.
 */
export async function completeThankYou(
  db: Db,
  actor: Actor,
  disruptionId: string,
  thankYouId: string,
  input: DoneInput,
  now: Date,
): Promise<ThankYouView> {
  return db.transaction(async (tx) => {
    await requireResolved(tx, actor, disruptionId);
    const where = and(
      eq(disruptionThankYous.workspaceId, actor.workspaceId),
      eq(disruptionThankYous.disruptionId, disruptionId),
      eq(disruptionThankYous.id, thankYouId),
    );
    const [before] = await tx.select().from(disruptionThankYous).where(where).for('update');
    if (!before) throw notFound('Thank-you');
    if (before.status === 'done') throw conflict('This thank-you is already done');
    if (before.status === 'cancelled') throw conflict('This thank-you was replaced by another');
    if (isMoneyKind(before.kind) && !policies.managePlans(actor)) {
      throw forbidden('Only the owner applies a money thank-you to billing');
    }
    const choice = { kind: before.kind, terms: before.terms } as ThankYouChoice;
    const agreement = isMoneyKind(before.kind) ? await findLiveAgreement(tx, actor, before.clientId) : null;
    const applied = thankYouApplication(choice, agreement?.nextPeriodPriceMinor ?? null);
    if ('refused' in applied) throw refused(applied.refused, [{ path: 'kind', message: applied.refused }]);

    const given = await give(
      tx,
      actor,
      before.id,
      before.clientId,
      applied,
      agreement,
      input.note ?? before.note,
      now,
    );
    const [after] = await tx
      .update(disruptionThankYous)
      .set({
        status: 'done',
        doneAt: now,
        doneByUserId: actor.userId,
        note: input.note ?? before.note,
        ...given,
      })
      .where(where)
      .returning();
    await recordAudit(tx, actor, {
      action: 'thank_you.done',
      entityType: 'thank_you',
      entityId: thankYouId,
      before,
      after,
    });
    return thankYouView(tx, actor.workspaceId, thankYouId);
  });
}

type Given = Partial<
  Pick<typeof disruptionThankYous.$inferInsert, 'agreementId' | 'creditId' | 'adjustmentId' | 'valueMinor'>
>;

async function give(
  tx: Db,
  actor: Actor,
  thankYouId: string,
  clientId: string,
  applied: ThankYouApplication,
  agreement: LiveAgreement | null,
  note: string | null,
  now: Date,
): Promise<Given> {
  const source = { kind: THANK_YOU_SOURCE, id: thankYouId };
  if (applied.via === 'timeline') {
    await logInteraction(
      tx,
      actor,
      clientId,
      { channel: applied.channel, direction: 'outbound', summary: applied.summary, body: note },
      now,
    );
    return {};
  }
  if (!agreement) throw new Error('a money thank-you needs an agreement');
  const agreementId = agreement.inputs.row.id;
  if (applied.via === 'credit') {
    const { amountMinor, description } = applied;
    await addCredit(
      tx,
      actor,
      agreementId,
      { amountMinor, description, fromPeriod: agreement.nextPeriod },
      now,
      source,
    );
    const [credit] = await tx
      .select({ id: credits.id })
      .from(credits)
      .where(
        and(
          eq(credits.workspaceId, actor.workspaceId),
          eq(credits.sourceKind, THANK_YOU_SOURCE),
          eq(credits.sourceId, thankYouId),
        ),
      );
    return { agreementId, creditId: credit?.id ?? null, valueMinor: amountMinor };
  }
  // Reductions never stack (the largest applies), so a discount over another one would give nothing.
  const fromPeriod = agreement.nextPeriod;
  const end = fromPeriod + applied.periods;
  const clash = agreement.inputs.adjustments.find(
    (a) => a.kind === 'reduction' && a.fromPeriod < end && fromPeriod < a.fromPeriod + a.periods,
  );
  if (clash) {
    throw refused(
      'The client already has a reduction on those invoices; a discount would add nothing — choose a credit',
      [{ path: 'kind', message: 'Overlaps a reduction' }],
    );
  }
  const adjustmentId = await storeAdjustment(
    tx,
    actor,
    agreementId,
    {
      kind: 'reduction',
      fromPeriod,
      periods: applied.periods,
      basisPoints: applied.basisPoints,
      reason: 'Thank-you after a disruption',
    },
    source,
  );
  return { agreementId, adjustmentId, valueMinor: applied.valueMinor };
}
