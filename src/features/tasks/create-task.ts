import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { tasks } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { requireAssignee } from './require-assignee.ts';
import type { CreateTaskInput, TaskView } from './schemas.ts';
import { loadWrittenTask } from './task-rows.ts';
import { workspaceToday } from './workspace-today.ts';

/**
 * Creates a task, on a client the actor can see (404 otherwise) or on none. The task is
 * the creator's unless another assignee (or null, nobody) is given.
 */
export async function createTask(db: Db, actor: Actor, input: CreateTaskInput, now: Date): Promise<TaskView> {
  return db.transaction(async (tx) => {
    if (input.clientId) await requireVisibleClient(tx, actor, input.clientId);
    const assigneeUserId = input.assigneeUserId === undefined ? actor.userId : input.assigneeUserId;
    if (assigneeUserId) await requireAssignee(tx, actor.workspaceId, assigneeUserId);

    const [task] = await tx
      .insert(tasks)
      .values({
        workspaceId: actor.workspaceId,
        title: input.title,
        notes: input.notes ?? null,
        clientId: input.clientId ?? null,
        assigneeUserId,
        dueOn: input.dueOn ?? null,
        createdByUserId: actor.userId,
      })
      .returning();
    if (!task) throw new Error('task insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'task.create',
      entityType: 'task',
      entityId: task.id,
      after: task,
    });
    return loadWrittenTask(tx, actor, task.id, await workspaceToday(tx, actor.workspaceId, now));
  });
}
