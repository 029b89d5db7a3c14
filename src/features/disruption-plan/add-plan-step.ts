import { and, eq, gte, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPlanSteps } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireManagedDisruption } from '../disruptions/disruption-access.ts';
import { selectSteps, toStepView } from './plan-steps.ts';
import { type AddStepInput, MAX_PLAN_STEPS, type StepView } from './schemas.ts';

/**
 * Adds a step to the recovery plan, at the end or at `position` (the steps from there move
 * down one). The disruption row is locked, so two people adding at once keep a clean order.
 */
export async function addPlanStep(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: AddStepInput,
  now: Date,
): Promise<StepView> {
  return db.transaction(async (tx) => {
    await requireManagedDisruption(tx, actor, disruptionId);
    const steps = await selectSteps(tx, actor.workspaceId, disruptionId);
    if (steps.length >= MAX_PLAN_STEPS) {
      throw refused(`A plan has at most ${MAX_PLAN_STEPS} steps`, [
        { path: 'title', message: 'Plan is full' },
      ]);
    }
    const position = Math.min(input.position ?? steps.length, steps.length);
    if (position < steps.length) {
      await tx
        .update(disruptionPlanSteps)
        .set({ position: sql`${disruptionPlanSteps.position} + 1` })
        .where(
          and(
            eq(disruptionPlanSteps.workspaceId, actor.workspaceId),
            eq(disruptionPlanSteps.disruptionId, disruptionId),
            gte(disruptionPlanSteps.position, position),
          ),
        );
    }
    const [step] = await tx
      .insert(disruptionPlanSteps)
      .values({
        workspaceId: actor.workspaceId,
        disruptionId,
        position,
        title: input.title,
        detail: input.detail ?? null,
        createdAt: now,
      })
      .returning();
    if (!step) throw new Error('plan step insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'disruption_plan.add',
      entityType: 'disruption_plan_step',
      entityId: step.id,
      after: step,
    });
    return toStepView(step);
  });
}
