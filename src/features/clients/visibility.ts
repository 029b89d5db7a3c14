import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clientAssignments, clients } from '../../db/schema/index.ts';

/**
 * The condition every query on clients (or on rows that belong to a client) adds: the
 * actor's workspace and, for a stand-in, only the clients assigned to them. Pass the
 * client-id column of the table being filtered.
 */
export function visibleClientCondition(
  actor: Actor,
  clientIdColumn: SQL | typeof clients.id = clients.id,
): SQL {
  if (policies.seesAllClients(actor)) return sql`true`;
  return sql`exists (select 1 from ${clientAssignments} ca
    where ca.workspace_id = ${actor.workspaceId} and ca.client_id = ${clientIdColumn} and ca.user_id = ${actor.userId})`;
}

/**
 * Loads a client the actor may see, or fails with 404 — the same answer whether it does
 * not exist, belongs to another workspace, or is not assigned to this stand-in, so
 * nothing leaks about clients one cannot see.
 */
export async function requireVisibleClient(db: Db, actor: Actor, clientId: string) {
  const [client] = await db
    .select()
    .from(clients)
    .where(
      and(
        eq(clients.workspaceId, actor.workspaceId),
        eq(clients.id, clientId),
        visibleClientCondition(actor),
      ),
    )
    .limit(1);
  if (!client) throw notFound('Client');
  return client;
}
