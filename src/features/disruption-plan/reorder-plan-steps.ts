import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireManagedDisruption } from '../disruptions/disruption-access.ts';
import { selectSteps, toStepView } from './plan-steps.ts';
import type { StepView } from './schemas.ts';

/**
 * Puts the plan in the order given. `ids` must name every step of the plan exactly once:
 * an unknown, repeated or missing id refuses the whole request, naming it.
 */
export async function reorderPlanSteps(
  db: Db,
  actor: Actor,
  disruptionId: string,
  ids: string[],
): Promise<StepView[]> {
  return db.transaction(async (tx) => {
    await requireManagedDisruption(tx, actor, disruptionId);
    const steps = await selectSteps(tx, actor.workspaceId, disruptionId);
    const known = new Set(steps.map((step) => step.id));
    const seen = new Set<string>();
    const problems: ErrorDetail[] = [];
    ids.forEach((id, index) => {
      if (!known.has(id)) problems.push({ path: `ids.${index}`, message: 'Not a step of this plan' });
      else if (seen.has(id)) problems.push({ path: `ids.${index}`, message: 'Listed twice' });
      seen.add(id);
    });
    const missing = steps.filter((step) => !seen.has(step.id));
    if (missing.length > 0) {
      problems.push({
        path: 'ids',
        message: `Leaves out ${missing.map((step) => `"${step.title}"`).join(', ')}`,
      });
    }
    if (problems.length > 0)
      throw new AppError('invalid_input', 'The new order must list every step once', problems);

    await tx.execute(sql`update disruption_plan_steps s set position = v.position - 1
      from unnest(${sql.param(ids)}::uuid[]) with ordinality as v(id, position)
      where s.workspace_id = ${actor.workspaceId} and s.disruption_id = ${disruptionId} and s.id = v.id`);
    await recordAudit(tx, actor, {
      action: 'disruption_plan.reorder',
      entityType: 'disruption',
      entityId: disruptionId,
      before: { ids: steps.map((step) => step.id) },
      after: { ids },
    });
    return (await selectSteps(tx, actor.workspaceId, disruptionId)).map(toStepView);
  });
}
