import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPlanSteps } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireManagedDisruption } from '../disruptions/disruption-access.ts';
import { toStepView } from './plan-steps.ts';
import type { StepView, UpdateStepInput } from './schemas.ts';

/** Edits a step, or moves it on (planned → in progress → done) or back; done records when. */
export async function updatePlanStep(
  db: Db,
  actor: Actor,
  disruptionId: string,
  stepId: string,
  input: UpdateStepInput,
  now: Date,
): Promise<StepView> {
  return db.transaction(async (tx) => {
    await requireManagedDisruption(tx, actor, disruptionId);
    const where = and(
      eq(disruptionPlanSteps.workspaceId, actor.workspaceId),
      eq(disruptionPlanSteps.disruptionId, disruptionId),
      eq(disruptionPlanSteps.id, stepId),
    );
    const [before] = await tx.select().from(disruptionPlanSteps).where(where);
    if (!before) throw notFound('Plan step');
    const state = input.state ?? before.state;
    const doneAt = state !== 'done' ? null : before.state === 'done' ? before.doneAt : now;
    const [after] = await tx
      .update(disruptionPlanSteps)
      .set({
        title: input.title ?? before.title,
        detail: input.detail === undefined ? before.detail : input.detail,
        state,
        doneAt,
      })
      .where(where)
      .returning();
    if (!after) throw notFound('Plan step');
    await recordAudit(tx, actor, {
      action: 'disruption_plan.update',
      entityType: 'disruption_plan_step',
      entityId: stepId,
      before,
      after,
    });
    return toStepView(after);
  });
}
