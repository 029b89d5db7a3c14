import { eq } from 'drizzle-orm';
import { todayIn } from '../../core/calendar/today-in.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { workspaces } from '../../db/schema/index.ts';

/** The workspace's calendar date at `now`: "today" and "overdue" follow the business's zone, not the server's. */
export async function workspaceToday(db: Db, workspaceId: string, now: Date): Promise<string> {
  const [workspace] = await db
    .select({ timezone: workspaces.timezone })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!workspace) throw notFound('Workspace');
  return todayIn(now, workspace.timezone);
}
