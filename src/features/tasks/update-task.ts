import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { tasks } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireAssignee } from './require-assignee.ts';
import type { TaskView, UpdateTaskInput } from './schemas.ts';
import { loadWrittenTask } from './task-rows.ts';
import { visibleTaskCondition } from './visibility.ts';
import { workspaceToday } from './workspace-today.ts';

type TaskRow = typeof tasks.$inferSelect;

/** Edits a task the actor can see (404 otherwise); `done` completes or reopens it. */
export async function updateTask(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateTaskInput,
  now: Date,
): Promise<TaskView> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(tasks)
      .where(and(visibleTaskCondition(actor), eq(tasks.id, id)))
      .limit(1)
      .for('update');
    if (!before) throw notFound('Task');
    if (input.assigneeUserId) await requireAssignee(tx, actor.workspaceId, input.assigneeUserId);

    const changes: Partial<TaskRow> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.notes !== undefined) changes.notes = input.notes;
    if (input.assigneeUserId !== undefined) changes.assigneeUserId = input.assigneeUserId;
    if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
    // Completing a done task keeps the moment it was first done.
    if (input.done !== undefined) changes.doneAt = input.done ? (before.doneAt ?? now) : null;

    const [after] = await tx
      .update(tasks)
      .set(changes)
      .where(and(eq(tasks.workspaceId, actor.workspaceId), eq(tasks.id, id)))
      .returning();
    if (!after) throw notFound('Task');
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await recordAudit(tx, actor, {
        action: auditAction(before, after),
        entityType: 'task',
        entityId: id,
        before,
        after,
      });
    }
    return loadWrittenTask(tx, actor, id, await workspaceToday(tx, actor.workspaceId, now));
  });
}

function auditAction(before: TaskRow, after: TaskRow): string {
  if (!before.doneAt && after.doneAt) return 'task.complete';
  if (before.doneAt && !after.doneAt) return 'task.reopen';
  return 'task.update';
}
