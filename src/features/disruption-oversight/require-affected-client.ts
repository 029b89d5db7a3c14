import { and, eq, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clients, disruptionClients } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import { stillAffectedCondition } from '../disruptions/disruption-access.ts';

/**
 * A client still affected by the disruption that the actor may act on — for a stand-in,
 * one they stand in for in this disruption — or 404, the same answer whether the client
 * does not exist, is not affected, or is not theirs.
 */
export async function requireAffectedClient(db: Db, actor: Actor, disruptionId: string, clientId: string) {
  const [row] = await db
    .select({ client: clients, standInUserId: disruptionClients.standInUserId })
    .from(disruptionClients)
    .innerJoin(
      clients,
      and(eq(clients.workspaceId, disruptionClients.workspaceId), eq(clients.id, disruptionClients.clientId)),
    )
    .where(
      and(
        stillAffectedCondition(actor, disruptionId, clientId),
        visibleClientCondition(actor, sql`${disruptionClients.clientId}`),
        policies.seesAllClients(actor)
          ? undefined
          : sql`${disruptionClients.standInUserId} = ${actor.userId}`,
      ),
    )
    .limit(1);
  if (!row) throw notFound('Client');
  return row;
}
