import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionClients, disruptions } from '../../db/schema/index.ts';
import { requireDisruption } from './require-disruption.ts';

export type DisruptionRow = typeof disruptions.$inferSelect;

/**
 * Which disruptions the actor may read: the team sees all of the workspace's; a stand-in
 * only those where they stand in for a client still affected.
 */
export function readableDisruptionCondition(actor: Actor): SQL {
  const inWorkspace = eq(disruptions.workspaceId, actor.workspaceId);
  if (policies.seesAllClients(actor)) return inWorkspace;
  return sql`${inWorkspace} and exists (select 1 from ${disruptionClients} dc
    where dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${disruptions.id}
      and dc.stand_in_user_id = ${actor.userId} and dc.removed_at is null)`;
}

/**
 * Only the rows of clients this actor stands in for, when the actor is a stand-in. For
 * queries that name disruption_clients `dc`.
 */
export function readableAffectedCondition(actor: Actor): SQL {
  if (policies.seesAllClients(actor)) return sql`true`;
  return sql`dc.stand_in_user_id = ${actor.userId}`;
}

/** A disruption the actor may read, or 404 (the same whether missing or not theirs). */
export async function requireReadableDisruption(db: Db, actor: Actor, id: string): Promise<DisruptionRow> {
  const [row] = await db
    .select()
    .from(disruptions)
    .where(and(readableDisruptionCondition(actor), eq(disruptions.id, id)))
    .limit(1);
  if (!row) throw notFound('Disruption');
  return row;
}

/**
 * A disruption the actor may change: the team's work (403 for a stand-in), locked for the
 * transaction, and still active (422 once resolved — its record is history).
 */
export async function requireManagedDisruption(db: Db, actor: Actor, id: string): Promise<DisruptionRow> {
  requireManager(actor);
  const disruption = await requireDisruption(db, actor, id, true);
  if (disruption.status !== 'active') {
    throw refused('This disruption is resolved; its record can no longer change', [
      { path: 'id', message: 'Resolved' },
    ]);
  }
  return disruption;
}

export function requireManager(actor: Actor): void {
  if (!policies.manageDisruptions(actor))
    throw forbidden('Declaring and running a disruption is for the team');
}

/**
 * A client still affected by the disruption (not removed), or 404. No visibility check:
 * for commands only the team runs, who see every client; a stand-in's command wants
 * `requireAffectedClient` (disruption-oversight), which also checks they stand in.
 */
export async function requireStillAffected(
  db: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
): Promise<void> {
  const [row] = await db
    .select({ clientId: disruptionClients.clientId })
    .from(disruptionClients)
    .where(stillAffectedCondition(actor, disruptionId, clientId));
  if (!row) throw notFound('Affected client');
}

/** The disruption_clients row of a client the disruption still affects (not removed). */
export function stillAffectedCondition(actor: Actor, disruptionId: string, clientId: string) {
  return and(
    eq(disruptionClients.workspaceId, actor.workspaceId),
    eq(disruptionClients.disruptionId, disruptionId),
    eq(disruptionClients.clientId, clientId),
    isNull(disruptionClients.removedAt),
  );
}
