import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { checkTemplates } from './check-templates.ts';
import { type DisruptionRow, requireManagedDisruption } from './disruption-access.ts';
import { reloadDisruptionView } from './disruption-views.ts';
import type { DisruptionView, UpdateDisruptionInput } from './schemas.ts';

/**
 * Edits the texts and settings of an active disruption. A new cadence moves every affected
 * client's next update to their last update (or the start) plus the new cadence.
 */
export async function updateDisruption(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateDisruptionInput,
  now: Date,
): Promise<DisruptionView> {
  checkTemplates({ outreachSubject: input.outreachSubject, outreachBody: input.outreachBody });
  return db.transaction(async (tx) => {
    const before = await requireManagedDisruption(tx, actor, id);
    const workspace = await workspaceContext(tx, actor.workspaceId, now);
    const changes: Partial<DisruptionRow> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.privateDetail !== undefined) changes.privateDetail = input.privateDetail ?? '';
    if (input.clientMessage !== undefined) changes.clientMessage = input.clientMessage;
    if (input.cadenceDays !== undefined) changes.cadenceDays = input.cadenceDays;
    if (input.callbackMinutes !== undefined) changes.callbackMinutes = input.callbackMinutes;
    if (input.outreachSubject !== undefined) changes.outreachSubject = input.outreachSubject;
    if (input.outreachBody !== undefined) changes.outreachBody = input.outreachBody;
    const changed = Object.entries(changes).some(
      ([key, value]) => before[key as keyof DisruptionRow] !== value,
    );
    if (!changed) return reloadDisruptionView(tx, actor, id, workspace.today);

    const [after] = await tx
      .update(disruptions)
      .set({ ...changes, updatedAt: now })
      .where(and(eq(disruptions.workspaceId, actor.workspaceId), eq(disruptions.id, id)))
      .returning();
    if (input.cadenceDays !== undefined && input.cadenceDays !== before.cadenceDays) {
      // The workspace's date of the last update, as `nextUpdateDue` counts it.
      await tx.execute(sql`
        update disruption_clients dc
        set next_update_due_on = coalesce((dc.last_update_at at time zone ${workspace.timezone})::date,
                                          greatest(${before.startedOn}::date,
                                                   (dc.added_at at time zone ${workspace.timezone})::date))
                                 + ${input.cadenceDays}::int
        where dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${id} and dc.removed_at is null`);
    }
    await recordAudit(tx, actor, {
      action: 'disruption.update',
      entityType: 'disruption',
      entityId: id,
      before,
      after,
    });
    return reloadDisruptionView(tx, actor, id, workspace.today);
  });
}
