import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionClients } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { AddAffectedClientsInput, AddedClientsView } from './client-schemas.ts';
import type { MessageDeps } from './declare-disruption.ts';
import { requireManagedDisruption } from './disruption-access.ts';
import { enrolClients } from './enrol-clients.ts';
import { chosenClients } from './resolve-audience.ts';

/**
 * Adds chosen clients to an active disruption with the same step 1 work as declaring it.
 * Clients already affected are left alone; one removed earlier comes back with a fresh
 * outreach. Any id that is not a client of the workspace refuses the whole request.
 */
export async function addAffectedClients(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: AddAffectedClientsInput,
  { now, publicUrl }: MessageDeps,
): Promise<AddedClientsView> {
  return db.transaction(async (tx) => {
    const disruption = await requireManagedDisruption(tx, actor, disruptionId);
    const workspace = await workspaceContext(tx, actor.workspaceId, now);
    const clients = await chosenClients(tx, actor, input.clientIds, 'clientIds');
    const existing = await tx
      .select({ clientId: disruptionClients.clientId, removedAt: disruptionClients.removedAt })
      .from(disruptionClients)
      .where(
        and(
          eq(disruptionClients.workspaceId, actor.workspaceId),
          eq(disruptionClients.disruptionId, disruptionId),
          inArray(
            disruptionClients.clientId,
            clients.map((client) => client.id),
          ),
        ),
      );
    const affected = new Set(existing.filter((row) => !row.removedAt).map((row) => row.clientId));
    const readded = new Set(existing.filter((row) => row.removedAt).map((row) => row.clientId));
    const toAdd = clients.filter((client) => !affected.has(client.id));
    const outreach = await enrolClients(tx, { actor, disruption, workspace, now, publicUrl }, toAdd, readded);
    if (toAdd.length > 0) {
      await recordAudit(tx, actor, {
        action: 'disruption.add_clients',
        entityType: 'disruption',
        entityId: disruptionId,
        after: { outreach, clientIds: toAdd.length <= 100 ? toAdd.map((client) => client.id) : undefined },
      });
    }
    return { outreach, alreadyAffected: affected.size };
  });
}
