import { eq, gt, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { tasks } from '../../db/schema/index.ts';
import { calendarDate } from '../shared/fields.ts';
import { readCursor } from '../shared/read-cursor.ts';
import type { ListTasksQuery, TaskView } from './schemas.ts';
import { selectTaskViews, taskDueKey } from './task-rows.ts';
import { workspaceToday } from './workspace-today.ts';

const STATE: Record<ListTasksQuery['state'], SQL | undefined> = {
  open: isNull(tasks.doneAt),
  done: isNotNull(tasks.doneAt),
  all: undefined,
};

/**
 * Tasks the actor may see, soonest due first (undated last), a page at a time. "Today"
 * and "overdue" are the workspace's calendar date at `now`.
 */
export async function listTasks(
  db: Db,
  actor: Actor,
  query: ListTasksQuery,
  now: Date,
): Promise<{ items: TaskView[]; nextCursor: string | null }> {
  const today = await workspaceToday(db, actor.workspaceId, now);
  const where: (SQL | undefined)[] = [STATE[query.state]];
  if (query.assignee === 'me') where.push(actor.userId ? eq(tasks.assigneeUserId, actor.userId) : sql`false`);
  else if (query.assignee) where.push(eq(tasks.assigneeUserId, query.assignee));
  if (query.clientId) where.push(eq(tasks.clientId, query.clientId));
  if (query.due === 'overdue') where.push(lt(tasks.dueOn, today), isNull(tasks.doneAt));
  if (query.due === 'today') where.push(eq(tasks.dueOn, today));
  if (query.due === 'upcoming') where.push(gt(tasks.dueOn, today));
  if (query.cursor) {
    const [dueKey, id] = readCursor(query.cursor, cursorKey);
    where.push(sql`(${taskDueKey}, ${tasks.id}) > (${dueKey}::date, ${id}::uuid)`);
  }

  const rows = await selectTaskViews(db, actor, { where, today, limit: query.limit + 1 });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor([last.dueOn ?? '9999-12-31', last.id]) : null;
  return { items, nextCursor };
}

const cursorKey = z.tuple([calendarDate, z.uuid()]);
