import { and, eq } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { conflict, forbidden, notFound } from '../../core/errors/app-error.ts';
import { type HandAction, handActionRefusal } from '../../core/mail/hand-actions.ts';
import type { Db } from '../../db/connect.ts';
import { outboxMessages } from '../../db/schema/index.ts';

/** Mail goes out for the whole workspace: the owner and staff see and handle the outbox. */
export function requireOutboxRights(actor: Actor): void {
  if (!policies.manageOutbox(actor)) throw forbidden('The outbox is for the owner and staff');
}

/**
 * Loads and locks a message of the actor's workspace for `action` (404 for another
 * workspace's or no message; 409 when its state does not allow the action). The lock
 * keeps the sender off it: its lease query skips locked rows.
 */
export async function requireMessageFor(tx: Db, actor: Actor, id: string, action: HandAction) {
  requireOutboxRights(actor);
  const [row] = await tx
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.workspaceId, actor.workspaceId), eq(outboxMessages.id, id)))
    .limit(1)
    .for('update');
  if (!row) throw notFound('Message');
  const refusal = handActionRefusal(action, row.status);
  if (refusal) throw conflict(refusal);
  return row;
}
