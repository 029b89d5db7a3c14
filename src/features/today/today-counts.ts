import { and, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, clients, tasks } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import { visibleTaskCondition } from '../tasks/visibility.ts';
import type { TodayCounts } from './schemas.ts';

// count(*) is a bigint, which the drivers hand back as a string.
const countWhere = (condition: SQL) => sql<string>`count(*) filter (where ${condition})`;

/** The headline numbers of the Today page, over what the actor may see. */
export async function countToday(db: Db, actor: Actor, now: Date): Promise<TodayCounts> {
  const [clientCounts] = await db
    .select({
      clients: sql<string>`count(*)`,
      activeClients: countWhere(sql`${clients.status} = 'active'`),
    })
    .from(clients)
    .where(
      and(
        eq(clients.workspaceId, actor.workspaceId),
        isNull(clients.archivedAt),
        visibleClientCondition(actor),
      ),
    );
  const [callbackCounts] = await db
    .select({ open: sql<string>`count(*)`, overdue: countWhere(lt(callbacks.dueAt, now)) })
    .from(callbacks)
    .where(
      and(
        eq(callbacks.workspaceId, actor.workspaceId),
        isNull(callbacks.answeredAt),
        visibleClientCondition(actor, sql`${callbacks.clientId}`),
      ),
    );
  const [taskCounts] = await db
    .select({ open: sql<string>`count(*)` })
    .from(tasks)
    .where(and(visibleTaskCondition(actor), isNull(tasks.doneAt)));
  return {
    clients: Number(clientCounts?.clients ?? 0),
    activeClients: Number(clientCounts?.activeClients ?? 0),
    openCallbacks: Number(callbackCounts?.open ?? 0),
    overdueCallbacks: Number(callbackCounts?.overdue ?? 0),
    openTasks: Number(taskCounts?.open ?? 0),
  };
}
