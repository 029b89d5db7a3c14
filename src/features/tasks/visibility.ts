import { and, eq, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { tasks } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';

/**
 * The tasks an actor may see, within their workspace: all of them for owner and staff;
 * for a stand-in, those assigned to them and those on clients assigned to them. A task
 * with no client is therefore a stand-in's only when it is theirs.
 */
export function visibleTaskCondition(actor: Actor): SQL {
  const inWorkspace = eq(tasks.workspaceId, actor.workspaceId);
  if (policies.seesAllTasks(actor)) return inWorkspace;
  const assignedToMe = actor.userId ? eq(tasks.assigneeUserId, actor.userId) : sql`false`;
  const onMyClient = and(isNotNull(tasks.clientId), visibleClientCondition(actor, sql`${tasks.clientId}`));
  return and(inWorkspace, or(assignedToMe, onMyClient)) as SQL;
}
