import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { ThankYouChoice } from '../../core/disruptions/thank-you-terms.ts';
import { conflict } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionThankYous } from '../../db/schema/index.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import { requireStillAffected } from '../disruptions/disruption-access.ts';
import { requireResolved } from './require-resolved.ts';
import type { ThankYouChoiceInput, ThankYouView } from './schemas.ts';
import { insertThankYous, thankYouView } from './thank-you-rows.ts';

/**
 * Changes one client's thank-you: the chosen one is cancelled (kept, for the record) and
 * the new one chosen. One already done cannot change: it has been given (409).
 */
export async function chooseThankYou(
  db: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  input: ThankYouChoiceInput,
  now: Date,
): Promise<ThankYouView> {
  return db.transaction(async (tx) => {
    await requireResolved(tx, actor, disruptionId);
    await requireStillAffected(tx, actor, disruptionId, clientId);
    const live = and(
      eq(disruptionThankYous.workspaceId, actor.workspaceId),
      eq(disruptionThankYous.disruptionId, disruptionId),
      eq(disruptionThankYous.clientId, clientId),
      ne(disruptionThankYous.status, 'cancelled'),
    );
    const [current] = await tx.select().from(disruptionThankYous).where(live).for('update');
    if (current?.status === 'done') throw conflict('This client’s thank-you is already done');
    const audit: AuditEntry[] = [];
    if (current) {
      const [cancelled] = await tx
        .update(disruptionThankYous)
        .set({ status: 'cancelled' })
        .where(and(live, eq(disruptionThankYous.id, current.id)))
        .returning();
      audit.push({
        action: 'thank_you.cancel',
        entityType: 'thank_you',
        entityId: current.id,
        before: current,
        after: cancelled,
      });
    }
    await insertThankYous(
      tx,
      actor,
      disruptionId,
      [clientId],
      input as ThankYouChoice & { note?: string | null },
      now,
    );
    const [chosen] = await tx.select().from(disruptionThankYous).where(live);
    if (!chosen) throw new Error('chosen thank-you vanished');
    audit.push({ action: 'thank_you.choose', entityType: 'thank_you', entityId: chosen.id, after: chosen });
    await recordAudit(tx, actor, audit);
    return thankYouView(tx, actor.workspaceId, chosen.id);
  });
}
