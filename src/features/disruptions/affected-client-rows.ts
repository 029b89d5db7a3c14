import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { isUpdateOverdue } from '../../core/disruptions/cadence.ts';
import { mustBeTold } from '../../core/disruptions/time-frame.ts';
import type { Channel } from '../../core/interactions/channels.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { AffectedClientView } from './client-schemas.ts';
import type { DisruptionRow } from './disruption-access.ts';

interface Row {
  sortName: string;
  clientId: string;
  name: string;
  email: string | null;
  phone: string | null;
  channel: Channel;
  standInId: string | null;
  standInName: string | null;
  addedAt: string;
  removedAt: string | null;
  contactedAt: string | null;
  taskId: string | null;
  taskDoneAt: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  lastUpdateAt: string | null;
  nextUpdateDueOn: string | null;
  toldPromisedOn: string | null;
  toldAt: string | null;
}

/** The sort key of the list: the name as people read it, then the id to break ties. */
export const AFFECTED_SORT = sql`lower(c.name)`;

/**
 * Affected clients of one disruption as API views, in name order. `where` is extra SQL on
 * `dc` (disruption_clients) and `c` (clients); the caller adds who may see which rows.
 */
export async function selectAffectedClients(
  db: Db,
  actor: Actor,
  disruption: DisruptionRow,
  options: { where: SQL[]; today: string; limit: number },
): Promise<{ view: AffectedClientView; sortName: string }[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select ${AFFECTED_SORT} as "sortName", dc.client_id as "clientId", c.name, c.email, c.phone, dc.channel,
          su.id as "standInId", su.name as "standInName",
          ${iso('dc.added_at')} as "addedAt", ${iso('dc.removed_at')} as "removedAt",
          ${iso('dc.contacted_at')} as "contactedAt",
          t.id as "taskId", ${iso('t.done_at')} as "taskDoneAt", tu.id as "assigneeId", tu.name as "assigneeName",
          ${iso('dc.last_update_at')} as "lastUpdateAt", dc.next_update_due_on::text as "nextUpdateDueOn",
          dc.told_promised_on::text as "toldPromisedOn", ${iso('dc.told_at')} as "toldAt"
        from disruption_clients dc
        join clients c on c.workspace_id = dc.workspace_id and c.id = dc.client_id
        left join users su on su.workspace_id = dc.workspace_id and su.id = dc.stand_in_user_id
        left join tasks t on t.workspace_id = dc.workspace_id and t.id = dc.outreach_task_id
        left join users tu on tu.workspace_id = t.workspace_id and tu.id = t.assignee_user_id
        where dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${disruption.id}
          ${sql.join(
            options.where.map((condition) => sql` and ${condition}`),
            sql``,
          )}
        order by ${AFFECTED_SORT}, dc.client_id
        limit ${options.limit}`,
  );
  return rows.map((row) => ({ view: toView(row, disruption, options.today), sortName: row.sortName }));
}

function toView(row: Row, disruption: DisruptionRow, today: string): AffectedClientView {
  const active = disruption.status === 'active';
  return {
    clientId: row.clientId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    channel: row.channel,
    standIn: row.standInId && row.standInName ? { id: row.standInId, name: row.standInName } : null,
    addedAt: row.addedAt,
    removedAt: row.removedAt,
    contactedAt: row.contactedAt,
    outreachTask: row.taskId
      ? {
          id: row.taskId,
          doneAt: row.taskDoneAt,
          assignee:
            row.assigneeId && row.assigneeName ? { id: row.assigneeId, name: row.assigneeName } : null,
        }
      : null,
    lastUpdateAt: row.lastUpdateAt,
    nextUpdateDueOn: row.nextUpdateDueOn,
    // Once resolved or removed, nothing more is owed.
    updateOverdue: active && !row.removedAt && isUpdateOverdue(row.nextUpdateDueOn, today),
    toldPromisedOn: row.toldPromisedOn,
    toldAt: row.toldAt,
    mustBeTold: active && !row.removedAt && mustBeTold(row.toldPromisedOn, disruption.promisedOn),
  };
}

// Instants as ISO strings in UTC, the same on both engines whatever the session's zone.
function iso(column: string): SQL {
  return sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
}
