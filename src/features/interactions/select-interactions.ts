import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, interactions, users } from '../../db/schema/index.ts';
import type { InteractionView } from './schemas.ts';

/**
 * Interactions of the actor's workspace, newest first, with who logged them and the
 * callback each one opened. Callers add the client (already checked visible) and paging.
 */
export async function selectInteractions(
  db: Db,
  actor: Actor,
  where: SQL | undefined,
  limit: number,
): Promise<InteractionView[]> {
  const rows = await db
    .select({
      interaction: interactions,
      userName: users.name,
      callbackId: callbacks.id,
      callbackDueAt: callbacks.dueAt,
      callbackAnsweredAt: callbacks.answeredAt,
    })
    .from(interactions)
    .leftJoin(users, and(eq(users.workspaceId, interactions.workspaceId), eq(users.id, interactions.userId)))
    .leftJoin(
      callbacks,
      and(
        eq(callbacks.workspaceId, interactions.workspaceId),
        eq(callbacks.requestInteractionId, interactions.id),
      ),
    )
    .where(and(eq(interactions.workspaceId, actor.workspaceId), where))
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .limit(limit);
  return rows.map(({ interaction, userName, callbackId, callbackDueAt, callbackAnsweredAt }) => ({
    id: interaction.id,
    clientId: interaction.clientId,
    channel: interaction.channel,
    direction: interaction.direction,
    occurredAt: interaction.occurredAt,
    summary: interaction.summary,
    body: interaction.body,
    user: interaction.userId && userName !== null ? { id: interaction.userId, name: userName } : null,
    createdAt: interaction.createdAt,
    callback:
      callbackId && callbackDueAt
        ? { id: callbackId, dueAt: callbackDueAt, answeredAt: callbackAnsweredAt }
        : null,
  }));
}
