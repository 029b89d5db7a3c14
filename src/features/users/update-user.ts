import { and, eq, isNull } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { forbidden, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { UpdateUserInput, UserListView } from './schemas.ts';
import { toUserView } from './user-view.ts';

type UserRow = typeof users.$inferSelect;

/**
 * Renames, changes the role of, disables or re-enables a user (owner only). A disabled
 * user's sessions end at once. The workspace always keeps one active owner.
 */
export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
  now: Date,
): Promise<UserListView> {
  if (!policies.manageUsers(actor)) throw forbidden('Only the owner can change users');
  return db.transaction(async (tx) => {
    // Locking every active owner serialises two owners demoting each other at once.
    const activeOwners = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.role, 'owner'), isNull(users.disabledAt)))
      .orderBy(users.id)
      .for('update');
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, id)))
      .for('update');
    if (!before) throw notFound('User');

    const changes: Partial<UserRow> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.role !== undefined) changes.role = input.role;
    if (input.disabled !== undefined) changes.disabledAt = input.disabled ? (before.disabledAt ?? now) : null;
    const after = { ...before, ...changes };
    if (isActiveOwner(before) && !isActiveOwner(after) && activeOwners.length <= 1) {
      throw refused('The workspace needs an active owner; make someone else owner first', [
        { path: input.disabled ? 'disabled' : 'role', message: 'This is the last active owner' },
      ]);
    }

    const [updated] = await tx
      .update(users)
      .set(changes)
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, id)))
      .returning();
    if (!updated) throw notFound('User');
    if (updated.disabledAt) {
      await tx
        .delete(sessions)
        .where(and(eq(sessions.workspaceId, actor.workspaceId), eq(sessions.userId, id)));
    }
    const [beforeView, afterView] = [toUserView(before), toUserView(updated)];
    if (JSON.stringify(beforeView) !== JSON.stringify(afterView)) {
      await recordAudit(tx, actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        before: beforeView,
        after: afterView,
      });
    }
    return afterView;
  });
}

function isActiveOwner(user: UserRow): boolean {
  return user.role === 'owner' && user.disabledAt === null;
}
