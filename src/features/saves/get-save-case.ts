import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { inOrder } from '../../db/in-order.ts';
import { clients, postMortems, postMortemTasks, saveOffers, tasks } from '../../db/schema/index.ts';
import { loadSavePolicy } from '../policy/load-save-policy.ts';
import { relationshipSummary } from './relationship-summary.ts';
import { requireSaveCase } from './require-save-case.ts';
import { toCaseSummaries, toOfferViews } from './save-views.ts';
import type { SaveCaseView } from './schemas.ts';

/** One save case with the relationship first, then its offers and any post-mortem. */
export async function getSaveCase(db: Db, actor: Actor, id: string, now: Date): Promise<SaveCaseView> {
  const row = await requireSaveCase(db, actor, id);
  const ws = actor.workspaceId;
  const { reasons } = await loadSavePolicy(db, ws);
  const [[summary], [client], offerRows, [postMortem]] = await inOrder([
    () => toCaseSummaries(db, ws, [row], reasons),
    () =>
      db
        .select({ id: clients.id, since: clients.since })
        .from(clients)
        .where(and(eq(clients.workspaceId, ws), eq(clients.id, row.clientId))),
    () =>
      policies.seeBilling(actor)
        ? db
            .select()
            .from(saveOffers)
            .where(and(eq(saveOffers.workspaceId, ws), eq(saveOffers.caseId, row.id)))
            .orderBy(asc(saveOffers.createdAt), asc(saveOffers.id))
        : [],
    () =>
      db
        .select()
        .from(postMortems)
        .where(and(eq(postMortems.workspaceId, ws), eq(postMortems.caseId, row.id))),
  ]);
  if (!summary || !client) throw new Error('save case view missing');
  const actionRows = postMortem
    ? await db
        .select({ taskId: tasks.id, title: tasks.title, dueOn: tasks.dueOn, doneAt: tasks.doneAt })
        .from(postMortemTasks)
        .innerJoin(
          tasks,
          and(eq(tasks.workspaceId, postMortemTasks.workspaceId), eq(tasks.id, postMortemTasks.taskId)),
        )
        .where(
          and(eq(postMortemTasks.workspaceId, ws), inArray(postMortemTasks.postMortemId, [postMortem.id])),
        )
        .orderBy(asc(tasks.id))
    : [];
  return {
    ...summary,
    relationship: await relationshipSummary(db, actor, client, row.id, now),
    offers: await toOfferViews(db, ws, offerRows),
    postMortem: postMortem
      ? {
          id: postMortem.id,
          reason: postMortem.reason,
          whatFailed: postMortem.whatFailed,
          createdAt: postMortem.createdAt.toISOString(),
          completedAt: postMortem.completedAt?.toISOString() ?? null,
          correctiveActions: actionRows.map((action) => ({
            taskId: action.taskId,
            title: action.title,
            dueOn: action.dueOn,
            doneAt: action.doneAt?.toISOString() ?? null,
          })),
        }
      : null,
  };
}
