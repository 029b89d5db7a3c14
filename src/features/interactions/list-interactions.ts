import { and, eq, lt, or } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { interactions } from '../../db/schema/index.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { decodeInstantCursor, pageOf } from './instant-cursor.ts';
import { selectInteractions } from './select-interactions.ts';

export interface TimelinePage {
  limit: number;
  cursor?: string | undefined;
}

/** A client's timeline, newest first, a page at a time. 404 for a client the actor cannot see. */
export async function listInteractions(
  db: Db,
  actor: Actor,
  clientId: string,
  { limit, cursor }: TimelinePage,
) {
  await requireVisibleClient(db, actor, clientId);
  const after = cursor ? decodeInstantCursor(cursor) : null;
  const rows = await selectInteractions(
    db,
    actor,
    and(
      eq(interactions.clientId, clientId),
      after
        ? or(
            lt(interactions.occurredAt, after.at),
            and(eq(interactions.occurredAt, after.at), lt(interactions.id, after.id)),
          )
        : undefined,
    ),
    limit + 1,
  );
  return pageOf(rows, limit, (row) => ({ at: row.occurredAt, id: row.id }));
}
