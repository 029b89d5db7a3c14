import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { saveCases } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { loadSavePolicy } from '../policy/load-save-policy.ts';
import { requireReason, resolveCaseAgreement } from './case-fields.ts';
import { getSaveCase } from './get-save-case.ts';
import type { CreateSaveCaseInput, SaveCaseView } from './schemas.ts';

/** Clocks differ a little between a browser and the server. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * Logs "the call" as a save case on a client the actor sees (a stand-in too: listening
 * is everyone's job). Offers come after, on the case.
 */
export async function logSaveCase(
  db: Db,
  actor: Actor,
  input: CreateSaveCaseInput,
  now: Date,
): Promise<SaveCaseView> {
  if (input.calledAt && input.calledAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new AppError('invalid_input', 'A call cannot be logged in the future', [
      { path: 'calledAt', message: 'Now or earlier' },
    ]);
  }
  const id = await db.transaction(async (tx) => {
    const client = await requireVisibleClient(tx, actor, input.clientId);
    const { reasons } = await loadSavePolicy(tx, actor.workspaceId);
    const reason = requireReason(reasons, input.reason);
    const agreementId = await resolveCaseAgreement(tx, actor.workspaceId, client.id, input.agreementId);
    const [row] = await tx
      .insert(saveCases)
      .values({
        workspaceId: actor.workspaceId,
        clientId: client.id,
        agreementId,
        takenByUserId: actor.userId,
        takenByLabel: actor.label,
        calledAt: input.calledAt ?? now,
        reason,
        notes: input.notes ?? null,
        causes: input.causes ?? [],
      })
      .returning();
    if (!row) throw new Error('save case insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'save_case.create',
      entityType: 'save_case',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return getSaveCase(db, actor, id, now);
}
