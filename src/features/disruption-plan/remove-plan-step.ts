import { and, eq, gt, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPlanSteps } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireManagedDisruption } from '../disruptions/disruption-access.ts';

/** Takes a step out of the plan; the steps after it move up, and the audit log keeps it. */
export async function removePlanStep(
  db: Db,
  actor: Actor,
  disruptionId: string,
  stepId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await requireManagedDisruption(tx, actor, disruptionId);
    const inPlan = and(
      eq(disruptionPlanSteps.workspaceId, actor.workspaceId),
      eq(disruptionPlanSteps.disruptionId, disruptionId),
    );
    const [removed] = await tx
      .delete(disruptionPlanSteps)
      .where(and(inPlan, eq(disruptionPlanSteps.id, stepId)))
      .returning();
    if (!removed) throw notFound('Plan step');
    await tx
      .update(disruptionPlanSteps)
      .set({ position: sql`${disruptionPlanSteps.position} - 1` })
      .where(and(inPlan, gt(disruptionPlanSteps.position, removed.position)));
    await recordAudit(tx, actor, {
      action: 'disruption_plan.remove',
      entityType: 'disruption_plan_step',
      entityId: stepId,
      before: removed,
    });
  });
}
