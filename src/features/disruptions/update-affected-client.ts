import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionClients } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { selectAffectedClients } from './affected-client-rows.ts';
import type { AffectedClientView, UpdateAffectedClientInput } from './client-schemas.ts';
import { requireManagedDisruption } from './disruption-access.ts';

/** Sets how an affected client is reached during this disruption (their preference). */
export async function updateAffectedClient(
  db: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  input: UpdateAffectedClientInput,
  now: Date,
): Promise<AffectedClientView> {
  return db.transaction(async (tx) => {
    const disruption = await requireManagedDisruption(tx, actor, disruptionId);
    const { today } = await workspaceContext(tx, actor.workspaceId, now);
    const where = and(
      eq(disruptionClients.workspaceId, actor.workspaceId),
      eq(disruptionClients.disruptionId, disruptionId),
      eq(disruptionClients.clientId, clientId),
      isNull(disruptionClients.removedAt),
    );
    const [before] = await tx.select().from(disruptionClients).where(where).for('update');
    if (!before) throw notFound('Affected client');
    if (before.channel !== input.channel) {
      const [after] = await tx
        .update(disruptionClients)
        .set({ channel: input.channel })
        .where(where)
        .returning();
      await recordAudit(tx, actor, {
        action: 'disruption.client_channel',
        entityType: 'disruption',
        entityId: disruptionId,
        before,
        after,
      });
    }
    const [row] = await selectAffectedClients(tx, actor, disruption, {
      where: [sql`dc.client_id = ${clientId}`],
      today,
      limit: 1,
    });
    if (!row) throw new Error('affected client vanished');
    return row.view;
  });
}
