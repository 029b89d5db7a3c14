import type { Actor } from '../../core/auth/actor.ts';
import { addDays } from '../../core/calendar/today-in.ts';
import type { Db } from '../../db/connect.ts';
import { postMortems, postMortemTasks } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createTask } from '../tasks/create-task.ts';
import type { SaveCaseRow } from './require-save-case.ts';
import type { OutcomeInput } from './schemas.ts';

/** When no corrective action is named yet, one task makes sure the post-mortem gets done. */
const DEFAULT_ACTION_DAYS = 7;

/**
 * Every loss is a failure in the system (DESIGN.md, F): a cancelled case opens a
 * post-mortem with the reason, what failed (when known yet) and corrective actions as
 * tasks on the client — or, with none named, one task to hold the post-mortem.
 */
export async function openPostMortem(
  db: Db,
  actor: Actor,
  saveCase: SaveCaseRow,
  reasonLabel: string,
  input: NonNullable<OutcomeInput['postMortem']> | undefined,
  today: string,
  now: Date,
): Promise<string> {
  const [postMortem] = await db
    .insert(postMortems)
    .values({
      workspaceId: actor.workspaceId,
      caseId: saveCase.id,
      clientId: saveCase.clientId,
      agreementId: saveCase.agreementId,
      reason: input?.reason ?? reasonLabel,
      whatFailed: input?.whatFailed ?? null,
      createdByUserId: actor.userId,
    })
    .returning();
  if (!postMortem) throw new Error('post-mortem insert returned nothing');
  const actions = input?.correctiveActions?.length
    ? input.correctiveActions
    : [
        {
          title: 'Post-mortem: what in our system failed, and what do we change?',
          dueOn: addDays(today, DEFAULT_ACTION_DAYS),
        },
      ];
  for (const action of actions) {
    const task = await createTask(db, actor, { ...action, clientId: saveCase.clientId }, now);
    await db
      .insert(postMortemTasks)
      .values({ workspaceId: actor.workspaceId, postMortemId: postMortem.id, taskId: task.id });
  }
  await recordAudit(db, actor, {
    action: 'post_mortem.open',
    entityType: 'save_case',
    entityId: saveCase.id,
    after: postMortem,
  });
  return postMortem.id;
}
