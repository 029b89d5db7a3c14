import { and, eq, gt, isNotNull, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks } from '../../db/schema/index.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { decodeInstantCursor, pageOf } from '../interactions/instant-cursor.ts';
import type { CallbackListQuery, CallbackState } from './schemas.ts';
import { selectCallbacks } from './select-callbacks.ts';

/** Callbacks in a state, oldest due first; a stand-in sees only those of assigned clients. */
export async function listCallbacks(db: Db, actor: Actor, query: CallbackListQuery, now: Date) {
  if (query.clientId) await requireVisibleClient(db, actor, query.clientId);
  const after = query.cursor ? decodeInstantCursor(query.cursor) : null;
  const rows = await selectCallbacks(db, actor, now, {
    where: and(
      stateCondition(query.state, now),
      query.clientId ? eq(callbacks.clientId, query.clientId) : undefined,
      after
        ? or(gt(callbacks.dueAt, after.at), and(eq(callbacks.dueAt, after.at), gt(callbacks.id, after.id)))
        : undefined,
    ),
    limit: query.limit + 1,
  });
  return pageOf(rows, query.limit, (row) => ({ at: row.dueAt, id: row.id }));
}

function stateCondition(state: CallbackState, now: Date): SQL | undefined {
  switch (state) {
    case 'open':
      return isNull(callbacks.answeredAt);
    case 'overdue':
      return and(isNull(callbacks.answeredAt), lt(callbacks.dueAt, now));
    case 'answered':
      return isNotNull(callbacks.answeredAt);
    case 'all':
      return undefined;
  }
}
