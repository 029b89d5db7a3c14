import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { isTaskOverdue } from '../../core/tasks/due-state.ts';
import type { Db } from '../../db/connect.ts';
import { clients, tasks, users } from '../../db/schema/index.ts';
import type { TaskView } from './schemas.ts';
import { visibleTaskCondition } from './visibility.ts';

/** Undated tasks sort after every dated one. */
export const taskDueKey = sql<string>`coalesce(${tasks.dueOn}, '9999-12-31'::date)`;

/**
 * Tasks the actor may see, as API views, soonest due first. `today` is the workspace's
 * date, which decides `isOverdue`.
 */
export function selectTaskViews(
  db: Db,
  actor: Actor,
  options: { where?: (SQL | undefined)[]; today: string; limit: number },
): Promise<TaskView[]> {
  return queryTaskViews(db, and(visibleTaskCondition(actor), ...(options.where ?? [])), options);
}

/**
 * A task just written by the actor, read back without the visibility rule: a stand-in
 * who hands a task to someone else still gets the result of their own change.
 */
export async function loadWrittenTask(db: Db, actor: Actor, id: string, today: string): Promise<TaskView> {
  const where = and(eq(tasks.workspaceId, actor.workspaceId), eq(tasks.id, id));
  const [view] = await queryTaskViews(db, where, { today, limit: 1 });
  if (!view) throw new Error(`task ${id} vanished after its write`);
  return view;
}

async function queryTaskViews(
  db: Db,
  where: SQL | undefined,
  options: { today: string; limit: number },
): Promise<TaskView[]> {
  const rows = await db
    .select({ task: tasks, clientName: clients.name, assigneeName: users.name })
    .from(tasks)
    .leftJoin(clients, and(eq(clients.workspaceId, tasks.workspaceId), eq(clients.id, tasks.clientId)))
    .leftJoin(users, and(eq(users.workspaceId, tasks.workspaceId), eq(users.id, tasks.assigneeUserId)))
    .where(where)
    .orderBy(asc(taskDueKey), asc(tasks.id))
    .limit(options.limit);
  return rows.map(({ task, clientName, assigneeName }) => ({
    id: task.id,
    title: task.title,
    notes: task.notes,
    clientId: task.clientId,
    clientName,
    assignee:
      task.assigneeUserId && assigneeName !== null ? { id: task.assigneeUserId, name: assigneeName } : null,
    dueOn: task.dueOn,
    doneAt: task.doneAt?.toISOString() ?? null,
    createdAt: task.createdAt.toISOString(),
    isOverdue: isTaskOverdue(task, options.today),
  }));
}
