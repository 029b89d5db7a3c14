import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { users } from '../../db/schema/index.ts';

/** Refuses an assignee who is not an active user of this workspace (another workspace's, disabled, a typo). */
export async function requireAssignee(db: Db, workspaceId: string, userId: string): Promise<void> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  if (!user) {
    throw new AppError('invalid_input', 'Unknown assignee', [
      { path: 'assigneeUserId', message: 'No active user with this id in the workspace' },
    ]);
  }
}
