import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { AppError, forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clientAssignments, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireVisibleClient } from './visibility.ts';

/** The users assigned to a client (stand-ins see only clients assigned to them). */
export async function listClientAssignments(db: Db, actor: Actor, clientId: string): Promise<string[]> {
  await requireVisibleClient(db, actor, clientId);
  const rows = await db
    .select({ userId: clientAssignments.userId })
    .from(clientAssignments)
    .where(
      and(eq(clientAssignments.workspaceId, actor.workspaceId), eq(clientAssignments.clientId, clientId)),
    );
  return rows.map((row) => row.userId).sort();
}

/** Replaces a client's assignments. Owner only: who may see a client is the owner's call. */
export async function setClientAssignments(
  db: Db,
  actor: Actor,
  clientId: string,
  userIds: string[],
): Promise<string[]> {
  if (!policies.manageUsers(actor)) throw forbidden('Only the owner assigns clients');
  const wanted = [...new Set(userIds)].sort();
  return db.transaction(async (tx) => {
    await requireVisibleClient(tx, actor, clientId);
    const known = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.workspaceId, actor.workspaceId));
    const knownIds = new Set(known.map((user) => user.id));
    const unknown = wanted.filter((id) => !knownIds.has(id));
    if (unknown.length > 0) {
      throw new AppError(
        'invalid_input',
        'Unknown user',
        unknown.map((id) => ({ path: 'userIds', message: `No user ${id}` })),
      );
    }
    const before = await listClientAssignments(tx, actor, clientId);
    await tx
      .delete(clientAssignments)
      .where(
        and(eq(clientAssignments.workspaceId, actor.workspaceId), eq(clientAssignments.clientId, clientId)),
      );
    if (wanted.length > 0) {
      await tx
        .insert(clientAssignments)
        .values(wanted.map((userId) => ({ workspaceId: actor.workspaceId, clientId, userId })));
    }
    await recordAudit(tx, actor, {
      action: 'client.assign',
      entityType: 'client',
      entityId: clientId,
      before,
      after: wanted,
    });
    return wanted;
  });
}
