import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { daysBetween } from '../../core/calendar/today-in.ts';
import { promiseProblem } from '../../core/disruptions/date-rules.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPromises, disruptions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { requireManagedDisruption } from './disruption-access.ts';
import { reloadDisruptionView } from './disruption-views.ts';
import type { DisruptionView } from './schemas.ts';
import type { SetPromiseInput } from './time-frame-schemas.ts';

/**
 * Step 4: the owner confirms a new promise (on or after the estimate) and it becomes the
 * date clients are told. The history keeps every re-promise; from now on every affected
 * client told another date is flagged `mustBeTold` until told this one.
 */
export async function setPromise(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: SetPromiseInput,
  now: Date,
): Promise<DisruptionView> {
  return db.transaction(async (tx) => {
    const before = await requireManagedDisruption(tx, actor, disruptionId);
    const { today } = await workspaceContext(tx, actor.workspaceId, now);
    const problem = promiseProblem(input.promisedOn, before.estimateOn);
    if (problem || !before.estimateOn) {
      throw new AppError('invalid_input', 'That promise cannot be made', [
        { path: 'promisedOn', message: problem ?? 'No estimate' },
      ]);
    }
    if (input.promisedOn === before.promisedOn) return reloadDisruptionView(tx, actor, disruptionId, today);

    const bufferDays = daysBetween(before.estimateOn, input.promisedOn);
    const [after] = await tx
      .update(disruptions)
      .set({ promisedOn: input.promisedOn, bufferDays, updatedAt: now })
      .where(and(eq(disruptions.workspaceId, actor.workspaceId), eq(disruptions.id, disruptionId)))
      .returning();
    await tx.insert(disruptionPromises).values({
      workspaceId: actor.workspaceId,
      disruptionId,
      estimateOn: before.estimateOn,
      bufferDays,
      promisedOn: input.promisedOn,
      reason: input.reason,
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'disruption.promise',
      entityType: 'disruption',
      entityId: disruptionId,
      before,
      after: { ...after, reason: input.reason },
    });
    return reloadDisruptionView(tx, actor, disruptionId, today);
  });
}
