import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { isOverdue } from '../../core/callbacks/response-policy.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, clients, interactions } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import type { TodayCallbackView } from './schemas.ts';

/** Unanswered callbacks on clients the actor may see, oldest due first. */
export async function selectOpenCallbacks(
  db: Db,
  actor: Actor,
  options: { where: SQL | undefined; now: Date; limit: number },
): Promise<TodayCallbackView[]> {
  const rows = await db
    .select({
      callback: callbacks,
      clientName: clients.name,
      channel: interactions.channel,
      summary: interactions.summary,
    })
    .from(callbacks)
    .innerJoin(
      clients,
      and(eq(clients.workspaceId, callbacks.workspaceId), eq(clients.id, callbacks.clientId)),
    )
    .innerJoin(
      interactions,
      and(
        eq(interactions.workspaceId, callbacks.workspaceId),
        eq(interactions.id, callbacks.requestInteractionId),
      ),
    )
    .where(
      and(
        eq(callbacks.workspaceId, actor.workspaceId),
        isNull(callbacks.answeredAt),
        visibleClientCondition(actor, sql`${callbacks.clientId}`),
        options.where,
      ),
    )
    .orderBy(asc(callbacks.dueAt), asc(callbacks.id))
    .limit(options.limit);
  return rows.map(({ callback, clientName, channel, summary }) => ({
    id: callback.id,
    clientId: callback.clientId,
    clientName,
    openedAt: callback.openedAt.toISOString(),
    dueAt: callback.dueAt.toISOString(),
    answeredAt: callback.answeredAt?.toISOString() ?? null,
    isOverdue: isOverdue(callback, options.now),
    request: { channel, summary },
  }));
}
