import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, clients, interactions, users } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import type { ActivityView } from './schemas.ts';

/**
 * The latest touches across every client the actor may see, newest first. Entries dated
 * in the future (a meeting logged ahead) are not activity yet.
 */
export async function selectRecentActivity(
  db: Db,
  actor: Actor,
  options: { now: Date; limit: number },
): Promise<ActivityView[]> {
  const rows = await db
    .select({
      interaction: interactions,
      clientName: clients.name,
      userName: users.name,
      callbackId: callbacks.id,
      callbackDueAt: callbacks.dueAt,
      callbackAnsweredAt: callbacks.answeredAt,
    })
    .from(interactions)
    .innerJoin(
      clients,
      and(eq(clients.workspaceId, interactions.workspaceId), eq(clients.id, interactions.clientId)),
    )
    .leftJoin(users, and(eq(users.workspaceId, interactions.workspaceId), eq(users.id, interactions.userId)))
    .leftJoin(
      callbacks,
      and(
        eq(callbacks.workspaceId, interactions.workspaceId),
        eq(callbacks.requestInteractionId, interactions.id),
      ),
    )
    .where(
      and(
        eq(interactions.workspaceId, actor.workspaceId),
        lte(interactions.occurredAt, options.now),
        visibleClientCondition(actor, sql`${interactions.clientId}`),
      ),
    )
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .limit(options.limit);
  return rows.map(({ interaction, clientName, userName, callbackId, callbackDueAt, callbackAnsweredAt }) => ({
    id: interaction.id,
    clientId: interaction.clientId,
    clientName,
    channel: interaction.channel,
    direction: interaction.direction,
    occurredAt: interaction.occurredAt.toISOString(),
    summary: interaction.summary,
    body: interaction.body,
    user: interaction.userId && userName !== null ? { id: interaction.userId, name: userName } : null,
    createdAt: interaction.createdAt.toISOString(),
    callback:
      callbackId && callbackDueAt
        ? {
            id: callbackId,
            dueAt: callbackDueAt.toISOString(),
            answeredAt: callbackAnsweredAt?.toISOString() ?? null,
          }
        : null,
  }));
}
