import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Actor, systemActor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { tasks } from '../../db/schema/index.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import { workspaceContext } from '../shared/workspace-context.ts';

/**
 * Steps 1 and 2 bookkeeping when we reach clients (an outbound interaction logged, or a
 * message sent): for every active disruption they are affected by, the first contact is
 * recorded and its outreach task done, and the next update falls due by the cadence.
 * Runs inside the caller's transaction.
 *
 * Only contact at or after the client was added counts, and a contact older than the last
 * update recorded changes nothing (a back-dated note must not pull the next update
 * earlier). `actor` names who made the contact in the audit log; the outbox sender, which
 * acts for nobody, leaves it out.
 */
export async function recordDisruptionContact(
  tx: Db,
  workspaceId: string,
  clientIds: readonly string[],
  at: Date,
  actor: Actor = systemActor(workspaceId, 'disruption playbook'),
): Promise<void> {
  if (clientIds.length === 0) return;
  // nextUpdateDue (core/disruptions/cadence.ts): the workspace's date of the contact plus the cadence.
  const { today: day } = await workspaceContext(tx, workspaceId, at);
  const instant = at.toISOString();
  const touched = await queryRows<{
    disruptionId: string;
    clientId: string;
    outreachTaskId: string | null;
    firstContact: boolean;
    nextUpdateDueOn: string;
  }>(
    tx,
    sql`update disruption_clients dc
        set contacted_at = coalesce(dc.contacted_at, ${instant}::timestamptz),
            last_update_at = ${instant}::timestamptz,
            next_update_due_on = ${day}::date + d.cadence_days
        from disruptions d, (select dc2.client_id, dc2.disruption_id, dc2.contacted_at is null as first_contact
                             from disruption_clients dc2
                             where dc2.workspace_id = ${workspaceId}
                               and dc2.client_id = any(${sql.param([...new Set(clientIds)])}::uuid[])) prior
        where dc.workspace_id = ${workspaceId} and prior.client_id = dc.client_id
          and prior.disruption_id = dc.disruption_id
          and d.workspace_id = dc.workspace_id and d.id = dc.disruption_id and d.status = 'active'
          and dc.removed_at is null and dc.added_at <= ${instant}::timestamptz
          and (dc.last_update_at is null or dc.last_update_at < ${instant}::timestamptz)
        returning dc.disruption_id as "disruptionId", dc.client_id as "clientId",
          dc.outreach_task_id as "outreachTaskId", prior.first_contact as "firstContact",
          dc.next_update_due_on::text as "nextUpdateDueOn"`,
  );
  if (touched.length === 0) return;

  const taskIds = touched.flatMap((row) => (row.outreachTaskId ? [row.outreachTaskId] : []));
  const done =
    taskIds.length === 0
      ? []
      : await tx
          .update(tasks)
          .set({ doneAt: at })
          .where(and(eq(tasks.workspaceId, workspaceId), inArray(tasks.id, taskIds), isNull(tasks.doneAt)))
          .returning();
  const audit: AuditEntry[] = [
    ...touched
      .filter((row) => row.firstContact)
      .map((row) => ({
        action: 'disruption.client_contacted',
        entityType: 'client',
        entityId: row.clientId,
        after: { disruptionId: row.disruptionId, contactedAt: instant, nextUpdateDueOn: row.nextUpdateDueOn },
      })),
    ...done.map((task) => ({
      action: 'task.complete',
      entityType: 'task',
      entityId: task.id,
      before: { ...task, doneAt: null },
      after: task,
    })),
  ];
  for (let start = 0; start < audit.length; start += 1_000)
    await recordAudit(tx, actor, audit.slice(start, start + 1_000));
}
