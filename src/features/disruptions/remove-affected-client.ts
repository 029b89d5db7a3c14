import { and, eq, isNull, like, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionClients, outboxMessages, tasks } from '../../db/schema/index.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import { revokeClientPageLinks } from '../client-pages/issue-links.ts';
import { endStandInAssignments } from '../disruption-oversight/end-stand-ins.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { selectAffectedClients } from './affected-client-rows.ts';
import { requireManagedDisruption } from './disruption-access.ts';

/**
 * Takes a client out of a disruption: the row stays (its history counts) with `removed_at`
 * set. What was still only waiting to reach them is stopped — the open outreach task is
 * closed with a note saying why (left open, it would sit in someone's list forever; it is
 * not deleted, so the record of it stays), queued messages are cancelled and their page
 * links revoked — and any stand-in access the disruption gave ends.
 */
export async function removeAffectedClient(
  db: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const disruption = await requireManagedDisruption(tx, actor, disruptionId);
    const workspace = await workspaceContext(tx, actor.workspaceId, now);
    const thisClient = and(
      eq(disruptionClients.workspaceId, actor.workspaceId),
      eq(disruptionClients.disruptionId, disruptionId),
      eq(disruptionClients.clientId, clientId),
    );
    const [before] = await tx
      .update(disruptionClients)
      .set({ removedAt: now })
      .where(and(thisClient, isNull(disruptionClients.removedAt)))
      .returning();
    if (!before) throw notFound('Affected client');
    await endStandInAssignments(tx, actor.workspaceId, disruptionId, [clientId]);

    const closed = before.outreachTaskId
      ? await tx
          .update(tasks)
          .set({
            doneAt: now,
            notes: sql`coalesce(${tasks.notes} || E'\n\n', '') || ${`Closed on ${workspace.today}: the client was taken out of "${disruption.title}", so no outreach is needed.`}`,
          })
          .where(
            and(
              eq(tasks.workspaceId, actor.workspaceId),
              eq(tasks.id, before.outreachTaskId),
              isNull(tasks.doneAt),
            ),
          )
          .returning()
      : [];
    const cancelled = await tx
      .update(outboxMessages)
      .set({ status: 'cancelled' })
      .where(
        and(
          eq(outboxMessages.workspaceId, actor.workspaceId),
          eq(outboxMessages.sourceId, disruptionId),
          like(outboxMessages.sourceKind, 'disruption%'),
          eq(outboxMessages.clientId, clientId),
          eq(outboxMessages.status, 'queued'),
        ),
      )
      .returning({ id: outboxMessages.id });
    const revoked = await revokeClientPageLinks(tx, actor, disruptionId, clientId, now);
    const audit: AuditEntry[] = [
      {
        action: 'disruption.remove_client',
        entityType: 'disruption',
        entityId: disruptionId,
        before: { ...before, removedAt: null },
        after: { ...before, messagesCancelled: cancelled.length, linksRevoked: revoked.length },
      },
      ...closed.map((task) => ({
        action: 'task.complete',
        entityType: 'task',
        entityId: task.id,
        after: task,
      })),
    ];
    await recordAudit(tx, actor, audit);

    const [row] = await selectAffectedClients(tx, actor, disruption, {
      where: [sql`dc.client_id = ${clientId}`],
      today: workspace.today,
      limit: 1,
    });
    if (!row) throw new Error('removed client vanished');
    return {
      client: row.view,
      outreachTaskClosed: closed.length > 0,
      messagesCancelled: cancelled.length,
      linksRevoked: revoked.length,
    };
  });
}
