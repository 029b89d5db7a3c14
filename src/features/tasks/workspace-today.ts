import type { Db } from '../../db/connect.ts';
import { workspaceContext } from '../shared/workspace-context.ts';

/** The workspace's calendar date at `now`: "today" and "overdue" follow the business's zone, not the server's. */
export async function workspaceToday(db: Db, workspaceId: string, now: Date): Promise<string> {
  return (await workspaceContext(db, workspaceId, now)).today;
}
