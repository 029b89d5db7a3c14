import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';

/**
 * Step 2, "return every customer call ASAP": the shortest callback time of the active
 * disruptions the client is affected by, or null when there is none.
 */
export async function disruptionCallbackMinutes(
  tx: Db,
  workspaceId: string,
  clientId: string,
): Promise<number | null> {
  const [row] = await queryRows<{ minutes: number | null }>(
    tx,
    sql`select min(d.callback_minutes)::int as minutes
        from disruption_clients dc
        join disruptions d on d.workspace_id = dc.workspace_id and d.id = dc.disruption_id
        where dc.workspace_id = ${workspaceId} and dc.client_id = ${clientId}
          and dc.removed_at is null and d.status = 'active'`,
  );
  return row?.minutes ?? null;
}
