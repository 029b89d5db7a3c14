import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionPlanSteps } from '../../db/schema/index.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import type { StepView } from './schemas.ts';

type StepRow = typeof disruptionPlanSteps.$inferSelect;

export function toStepView(row: StepRow): StepView {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    detail: row.detail,
    state: row.state,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The steps' rows in order (position, then age), in the caller's transaction. */
export function selectSteps(db: Db, workspaceId: string, disruptionId: string): Promise<StepRow[]> {
  return db
    .select()
    .from(disruptionPlanSteps)
    .where(
      and(
        eq(disruptionPlanSteps.workspaceId, workspaceId),
        eq(disruptionPlanSteps.disruptionId, disruptionId),
      ),
    )
    .orderBy(
      asc(disruptionPlanSteps.position),
      asc(disruptionPlanSteps.createdAt),
      asc(disruptionPlanSteps.id),
    );
}

/** The recovery plan in order; anyone who may read the disruption may read it. */
export async function listPlanSteps(db: Db, actor: Actor, disruptionId: string): Promise<StepView[]> {
  await requireReadableDisruption(db, actor, disruptionId);
  return (await selectSteps(db, actor.workspaceId, disruptionId)).map(toStepView);
}
