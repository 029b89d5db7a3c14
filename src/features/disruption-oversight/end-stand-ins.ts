import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';

/**
 * Ends the client access a disruption gave its stand-ins — when it is resolved, or when
 * clients leave it. Assignments made outside the disruption are left alone.
 */
export async function endStandInAssignments(
  tx: Db,
  workspaceId: string,
  disruptionId: string,
  clientIds?: readonly string[],
): Promise<void> {
  if (clientIds?.length === 0) return;
  const only = clientIds ? sql`and ca.client_id = any(${sql.param([...clientIds])}::uuid[])` : sql``;
  await releaseAssignments(tx, workspaceId, disruptionId, only);
}

/**
 * Takes back the assignments this disruption made, limited by `only` (a condition on `ca`).
 * One row grants a stand-in a client, whichever disruption made it; where another active
 * disruption still has the same stand-in on the same client, the row is handed over to
 * that disruption instead of deleted, so the stand-in keeps the client they still cover.
 */
export async function releaseAssignments(tx: Db, workspaceId: string, disruptionId: string, only: SQL) {
  await tx.execute(sql`update client_assignments ca set disruption_id = other.disruption_id
    from (select dc.client_id, dc.stand_in_user_id, min(dc.disruption_id::text)::uuid as disruption_id
          from disruption_clients dc
          join disruptions d on d.workspace_id = dc.workspace_id and d.id = dc.disruption_id
          where dc.workspace_id = ${workspaceId} and dc.disruption_id <> ${disruptionId}
            and d.status = 'active' and dc.removed_at is null and dc.stand_in_user_id is not null
          group by dc.client_id, dc.stand_in_user_id) other
    where ca.workspace_id = ${workspaceId} and ca.disruption_id = ${disruptionId}
      and ca.client_id = other.client_id and ca.user_id = other.stand_in_user_id ${only}`);
  await tx.execute(sql`delete from client_assignments ca
    where ca.workspace_id = ${workspaceId} and ca.disruption_id = ${disruptionId} ${only}`);
}
