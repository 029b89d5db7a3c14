import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { users } from '../../db/schema/index.ts';

/** Refuses user ids that are not users of this workspace (an owner from elsewhere, a typo). */
export async function requireWorkspaceUsers(db: Db, workspaceId: string, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, wanted)));
  const known = new Set(found.map((row) => row.id));
  const missing = wanted.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'invalid_input',
      'Unknown user',
      missing.map((id) => ({ path: 'ownerUserId', message: `No user ${id} in this workspace` })),
    );
  }
}
