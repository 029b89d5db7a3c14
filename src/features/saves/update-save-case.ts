import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { saveCases } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadSavePolicy } from '../policy/load-save-policy.ts';
import { requireReason, resolveCaseAgreement } from './case-fields.ts';
import { getSaveCase } from './get-save-case.ts';
import { requireOpenCase, requireSaveCase } from './require-save-case.ts';
import type { SaveCaseView, UpdateSaveCaseInput } from './schemas.ts';

/**
 * The listening goes on during the call: notes, causes, the reason and the agreement may
 * change while the case is open. Whoever may see the case may write to it.
 */
export async function updateSaveCase(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateSaveCaseInput,
  now: Date,
): Promise<SaveCaseView> {
  await db.transaction(async (tx) => {
    const before = await requireSaveCase(tx, actor, id, { forUpdate: true });
    requireOpenCase(before);
    const changes: Partial<typeof saveCases.$inferInsert> = {};
    if (input.reason !== undefined) {
      changes.reason = requireReason((await loadSavePolicy(tx, actor.workspaceId)).reasons, input.reason);
    }
    if (input.agreementId !== undefined) {
      changes.agreementId = await resolveCaseAgreement(
        tx,
        actor.workspaceId,
        before.clientId,
        input.agreementId,
      );
    }
    if (input.notes !== undefined) changes.notes = input.notes;
    if (input.causes !== undefined) changes.causes = input.causes;
    const [after] = await tx
      .update(saveCases)
      .set(changes)
      .where(and(eq(saveCases.workspaceId, actor.workspaceId), eq(saveCases.id, id)))
      .returning();
    await recordAudit(tx, actor, {
      action: 'save_case.update',
      entityType: 'save_case',
      entityId: id,
      before,
      after,
    });
  });
  return getSaveCase(db, actor, id, now);
}
