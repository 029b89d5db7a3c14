import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { disruptions, users } from '../../db/schema/index.ts';
import { type DisruptionRow, readableAffectedCondition } from './disruption-access.ts';
import type { DisruptionSummaryView, DisruptionView } from './schemas.ts';

type Counts = DisruptionSummaryView['counts'];
const NO_COUNTS: Counts = { affected: 0, contacted: 0, outreachOpen: 0, mustBeTold: 0, updatesOverdue: 0 };

/**
 * The step 1, 2 and 4 counts of each disruption over the affected clients the actor may
 * see, in one grouped query. A resolved disruption owes no more updates or tellings.
 */
export async function countAffected(
  db: Db,
  actor: Actor,
  disruptionIds: readonly string[],
  today: string,
): Promise<Map<string, Counts>> {
  if (disruptionIds.length === 0) return new Map();
  const rows = await queryRows<Counts & { disruptionId: string }>(
    db,
    sql`select dc.disruption_id as "disruptionId",
          count(*)::int as affected,
          count(dc.contacted_at)::int as contacted,
          count(*) filter (where t.id is not null and t.done_at is null)::int as "outreachOpen",
          count(*) filter (where d.status = 'active' and d.promised_on is not null
                             and dc.told_promised_on is distinct from d.promised_on)::int as "mustBeTold",
          count(*) filter (where d.status = 'active' and dc.next_update_due_on < ${today}::date)::int
            as "updatesOverdue"
        from disruption_clients dc
        join disruptions d on d.workspace_id = dc.workspace_id and d.id = dc.disruption_id
        left join tasks t on t.workspace_id = dc.workspace_id and t.id = dc.outreach_task_id
        where dc.workspace_id = ${actor.workspaceId}
          and dc.disruption_id = any(${sql.param(disruptionIds)}::uuid[])
          and dc.removed_at is null and ${readableAffectedCondition(actor)}
        group by dc.disruption_id`,
  );
  return new Map(rows.map(({ disruptionId, ...counts }) => [disruptionId, counts]));
}

export function toSummaryView(row: DisruptionRow, counts: Counts | undefined): DisruptionSummaryView {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    startedOn: row.startedOn,
    resolvedOn: row.resolvedOn,
    estimateOn: row.estimateOn,
    promisedOn: row.promisedOn,
    estimatePastPromise:
      row.status === 'active' &&
      row.estimateOn !== null &&
      row.promisedOn !== null &&
      row.estimateOn > row.promisedOn,
    counts: counts ?? NO_COUNTS,
  };
}

/**
 * One disruption as the team sees it, private detail included. The row must already be
 * one the actor may read (see `requireReadableDisruption`).
 */
export async function toDisruptionView(
  db: Db,
  actor: Actor,
  row: DisruptionRow,
  today: string,
): Promise<DisruptionView> {
  const counts = await countAffected(db, actor, [row.id], today);
  const [creator] = row.createdByUserId
    ? await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(and(eq(users.workspaceId, row.workspaceId), eq(users.id, row.createdByUserId)))
    : [];
  return {
    ...toSummaryView(row, counts.get(row.id)),
    privateDetail: row.privateDetail,
    clientMessage: row.clientMessage,
    audience: row.audience,
    cadenceDays: row.cadenceDays,
    callbackMinutes: row.callbackMinutes,
    bufferDays: row.bufferDays,
    outreachSubject: row.outreachSubject,
    outreachBody: row.outreachBody,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolutionNote: row.resolutionNote,
    createdBy: creator ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Reads a disruption again after a write in the same transaction. */
export async function reloadDisruptionView(db: Db, actor: Actor, id: string, today: string) {
  const [row] = await db
    .select()
    .from(disruptions)
    .where(and(eq(disruptions.workspaceId, actor.workspaceId), eq(disruptions.id, id)));
  if (!row) throw new Error(`disruption ${id} vanished after its write`);
  return toDisruptionView(db, actor, row, today);
}
