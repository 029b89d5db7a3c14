import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { isOverdue } from '../../core/callbacks/response-policy.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, clients, interactions } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import type { CallbackView } from './schemas.ts';

export interface CallbackSelection {
  /** Extra conditions on `callbacks` (state, client, keyset). */
  where?: SQL | undefined;
  limit?: number;
}

/**
 * Callbacks the actor may see, with their client's name and the request that opened
 * them, oldest due first. `isOverdue` is judged at `now`, the caller's clock.
 */
export async function selectCallbacks(
  db: Db,
  actor: Actor,
  now: Date,
  { where, limit }: CallbackSelection = {},
): Promise<CallbackView[]> {
  const query = db
    .select({
      id: callbacks.id,
      clientId: callbacks.clientId,
      clientName: clients.name,
      openedAt: callbacks.openedAt,
      dueAt: callbacks.dueAt,
      answeredAt: callbacks.answeredAt,
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
        visibleClientCondition(actor, sql`${callbacks.clientId}`),
        where,
      ),
    )
    .orderBy(asc(callbacks.dueAt), asc(callbacks.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map(({ channel, summary, ...row }) => ({
    ...row,
    isOverdue: isOverdue(row, now),
    request: { channel, summary },
  }));
}
