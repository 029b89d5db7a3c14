import { eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { todayIn } from '../../core/calendar/today-in.ts';
import { forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clients, workspaces } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireWorkspaceUsers } from './require-workspace-users.ts';
import type { ClientInput } from './schemas.ts';

export type ClientRow = typeof clients.$inferSelect;

/**
 * Creates clients in one transaction with their audit rows: all of them or none. The
 * import feeds batches through here, so a single client and ten thousand take one path.
 */
export async function createClients(
  db: Db,
  actor: Actor,
  inputs: ClientInput[],
  now = new Date(),
): Promise<ClientRow[]> {
  if (!policies.createClients(actor)) throw forbidden('Stand-ins cannot add clients');
  if (inputs.length === 0) return [];
  return db.transaction(async (tx) => {
    const [workspace] = await tx
      .select({ timezone: workspaces.timezone })
      .from(workspaces)
      .where(eq(workspaces.id, actor.workspaceId));
    // A relationship begins on the business's own calendar day, not UTC's.
    const today = todayIn(now, workspace?.timezone ?? 'UTC');
    await requireWorkspaceUsers(
      tx,
      actor.workspaceId,
      inputs.map((input) => input.ownerUserId),
    );
    const created = await tx
      .insert(clients)
      .values(
        inputs.map((input) => ({
          ...input,
          workspaceId: actor.workspaceId,
          ownerUserId: input.ownerUserId ?? actor.userId,
          since: input.since ?? today,
        })),
      )
      .returning();
    await recordAudit(
      tx,
      actor,
      created.map((client) => ({
        action: 'client.create',
        entityType: 'client',
        entityId: client.id,
        after: auditView(client),
      })),
    );
    return created;
  });
}

/** What the audit log keeps of a client: everything but the derived search text. */
export function auditView(client: ClientRow) {
  const { searchText: _derived, ...rest } = client;
  return rest;
}
