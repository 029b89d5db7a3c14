import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadOutboxMessageView } from './outbox-views.ts';
import { requireMessageFor } from './require-outbox-message.ts';
import type { OutboxMessageView } from './schemas.ts';

/** A queued or failed message will not be sent after all; it stays in the list as cancelled. */
export async function cancelMessage(db: Db, actor: Actor, id: string): Promise<OutboxMessageView> {
  return db.transaction(async (tx) => {
    const before = await requireMessageFor(tx, actor, id, 'cancel');
    await tx
      .update(outboxMessages)
      .set({ status: 'cancelled', leaseUntil: null })
      .where(and(eq(outboxMessages.workspaceId, actor.workspaceId), eq(outboxMessages.id, id)));
    await recordAudit(tx, actor, {
      action: 'outbox.cancel',
      entityType: 'outbox_message',
      entityId: id,
      before: { status: before.status },
      after: { status: 'cancelled' },
    });
    return loadOutboxMessageView(tx, actor.workspaceId, id);
  });
}
