import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clients } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { auditView, type ClientRow } from './create-clients.ts';
import { requireWorkspaceUsers } from './require-workspace-users.ts';
import type { ClientPatch } from './schemas.ts';
import { requireVisibleClient } from './visibility.ts';

/** Changes a client's details; the audit row keeps before and after. */
export async function updateClient(db: Db, actor: Actor, clientId: string, patch: ClientPatch, now: Date) {
  return db.transaction(async (tx) => {
    const before = await requireVisibleClient(tx, actor, clientId);
    await requireWorkspaceUsers(tx, actor.workspaceId, [patch.ownerUserId]);
    return saveChange(tx, actor, before, { ...patch, updatedAt: now }, 'client.update');
  });
}

/** Archiving hides a client from lists without losing its history; it can be undone. */
export async function setClientArchived(
  db: Db,
  actor: Actor,
  clientId: string,
  archived: boolean,
  now: Date,
) {
  if (!policies.archiveClients(actor)) throw forbidden('Stand-ins cannot archive clients');
  return db.transaction(async (tx) => {
    const before = await requireVisibleClient(tx, actor, clientId);
    const change = { archivedAt: archived ? (before.archivedAt ?? now) : null, updatedAt: now };
    return saveChange(tx, actor, before, change, archived ? 'client.archive' : 'client.unarchive');
  });
}

async function saveChange(
  tx: Db,
  actor: Actor,
  before: ClientRow,
  change: Partial<typeof clients.$inferInsert>,
  action: string,
): Promise<ClientRow> {
  const [after] = await tx
    .update(clients)
    .set(change)
    .where(and(eq(clients.workspaceId, actor.workspaceId), eq(clients.id, before.id)))
    .returning();
  if (!after) throw notFound('Client');
  await recordAudit(tx, actor, {
    action,
    entityType: 'client',
    entityId: after.id,
    before: auditView(before),
    after: auditView(after),
  });
  return after;
}
