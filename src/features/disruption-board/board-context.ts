import { eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { todayIn } from '../../core/calendar/today-in.ts';
import type { DisruptionFacts } from '../../core/disruptions/board-state.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { workspaces } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import { type DisruptionRow, requireReadableDisruption } from '../disruptions/disruption-access.ts';

export interface BoardContext {
  disruption: DisruptionRow;
  facts: DisruptionFacts;
  today: string;
  /** Rows of `disruption_clients dc` the board counts: current (not removed) and visible to the actor. */
  scope: SQL;
}

/** The disruption, the workspace's today and the scope every board query shares. */
export async function loadBoardContext(
  db: Db,
  actor: Actor,
  disruptionId: string,
  now: Date,
): Promise<BoardContext> {
  const disruption = await requireReadableDisruption(db, actor, disruptionId);
  const [workspace] = await db
    .select({ timezone: workspaces.timezone })
    .from(workspaces)
    .where(eq(workspaces.id, actor.workspaceId));
  if (!workspace) throw notFound('Workspace');
  const [plan] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from disruption_plan_steps
        where workspace_id = ${actor.workspaceId} and disruption_id = ${disruptionId}`,
  );
  return {
    disruption,
    facts: {
      status: disruption.status,
      promisedOn: disruption.promisedOn,
      resolvedOn: disruption.resolvedOn,
      planStepCount: plan?.n ?? 0,
    },
    today: todayIn(now, workspace.timezone),
    scope: sql`dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${disruptionId}
      and dc.removed_at is null and ${visibleClientCondition(actor, sql`dc.client_id`)}`,
  };
}

/**
 * Callbacks that count for a client of the disruption: opened by a contact after they were
 * added, and before the resolution. `dc` must be in the query; `cb` is the callbacks alias.
 */
export function disruptionCallbacks(context: BoardContext): SQL {
  const end = context.disruption.resolvedAt;
  return sql`cb.workspace_id = dc.workspace_id and cb.client_id = dc.client_id and cb.opened_at >= dc.added_at
    ${end ? sql`and cb.opened_at <= ${end.toISOString()}::timestamptz` : sql``}`;
}

/** Epoch milliseconds of a timestamptz, a plain number on both drivers. */
export const epochMs = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;
