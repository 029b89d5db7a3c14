import { and, gte, isNull, lt, lte } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, tasks } from '../../db/schema/index.ts';
import { listDisruptions } from '../disruptions/list-disruptions.ts';
import { selectTaskViews } from '../tasks/task-rows.ts';
import { workspaceToday } from '../tasks/workspace-today.ts';
import { selectBillingReturns } from './billing-returns.ts';
import { monthlyRecurring } from './monthly-recurring.ts';
import { selectOpenCallbacks } from './open-callbacks.ts';
import { selectRecentActivity } from './recent-activity.ts';
import type { TodayView } from './schemas.ts';
import { countToday } from './today-counts.ts';

/** Each list shows at most this many; the counts tell how many there are in all. */
export const TODAY_LIST_LIMIT = 50;
export const RECENT_ACTIVITY_LIMIT = 20;
/** Active disruptions are few; more than this is a list for the Hard times page. */
const HARD_TIMES_LIMIT = 5;
const DUE_SOON_MS = 24 * 3_600_000;

/**
 * What needs doing now: overdue callbacks, callbacks due within a day, open tasks due
 * today or earlier (the workspace's today), save-desk offers about to end, active
 * disruptions with what their clients still need, and the latest activity. All of it limited to the clients and tasks the actor may see.
 */
export async function getToday(db: Db, actor: Actor, now: Date): Promise<TodayView> {
  const today = await workspaceToday(db, actor.workspaceId, now);
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  const overdueCallbacks = await selectOpenCallbacks(db, actor, {
    where: lt(callbacks.dueAt, now),
    now,
    limit: TODAY_LIST_LIMIT,
  });
  const dueCallbacks = await selectOpenCallbacks(db, actor, {
    where: and(gte(callbacks.dueAt, now), lte(callbacks.dueAt, soon)),
    now,
    limit: TODAY_LIST_LIMIT,
  });
  const tasksDue = await selectTaskViews(db, actor, {
    where: [isNull(tasks.doneAt), lte(tasks.dueOn, today)],
    today,
    limit: TODAY_LIST_LIMIT,
  });
  const recentActivity = await selectRecentActivity(db, actor, { now, limit: RECENT_ACTIVITY_LIMIT });
  const counts = await countToday(db, actor, now);
  const mrr = await monthlyRecurring(db, actor, today);
  const billingReturns = await selectBillingReturns(db, actor, today, TODAY_LIST_LIMIT);
  const hardTimes = await listDisruptions(db, actor, { status: 'active', limit: HARD_TIMES_LIMIT }, now);
  return {
    overdueCallbacks,
    dueCallbacks,
    tasksDue,
    recentActivity,
    counts,
    mrr,
    billingReturns,
    hardTimes: hardTimes.items,
  };
}
