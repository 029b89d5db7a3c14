import { eq } from 'drizzle-orm';
import { todayIn } from '../../core/calendar/today-in.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { workspaces } from '../../db/schema/index.ts';

/** What messages and dates need of the workspace: its name, its zone, and its today. */
export interface WorkspaceContext {
  name: string;
  timezone: string;
  /** The workspace's calendar date at `now`. */
  today: string;
}

export async function workspaceContext(db: Db, workspaceId: string, now: Date): Promise<WorkspaceContext> {
  const [workspace] = await db
    .select({ name: workspaces.name, timezone: workspaces.timezone })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!workspace) throw notFound('Workspace');
  return { ...workspace, today: todayIn(now, workspace.timezone) };
}
