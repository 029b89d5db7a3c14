import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadOutboxMessageView } from './outbox-views.ts';
import { requireMessageFor } from './require-outbox-message.ts';
import type { OutboxMessageView } from './schemas.ts';

/**
 * A failed message goes back in the queue, due now with a fresh set of tries (someone
 * fixed the address or the mail server). Its last error stays until a try replaces it.
 */
export async function retryMessage(db: Db, actor: Actor, id: string, now: Date): Promise<OutboxMessageView> {
  return db.transaction(async (tx) => {
    const before = await requireMessageFor(tx, actor, id, 'retry');
    await tx
      .update(outboxMessages)
      .set({ status: 'queued', attempts: 0, nextAttemptAt: now, leaseUntil: null })
      .where(and(eq(outboxMessages.workspaceId, actor.workspaceId), eq(outboxMessages.id, id)));
    await recordAudit(tx, actor, {
      action: 'outbox.retry',
      entityType: 'outbox_message',
      entityId: id,
      before: { status: before.status, attempts: before.attempts, lastError: before.lastError },
      after: { status: 'queued', attempts: 0 },
    });
    return loadOutboxMessageView(tx, actor.workspaceId, id);
  });
}
