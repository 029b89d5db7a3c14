import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { recordDisruptionContact } from '../disruptions/record-contact.ts';
import { loadOutboxMessageView } from './outbox-views.ts';
import { requireMessageFor } from './require-outbox-message.ts';
import type { OutboxMessageView } from './schemas.ts';

/**
 * Someone copied the message into their own mail and sent it (no SMTP server, or one that
 * kept refusing). It counts as sent from now, by them; a disruption's message counts as
 * the client contacted, exactly as when the sender delivers it.
 */
export async function markMessageSent(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<OutboxMessageView> {
  return db.transaction(async (tx) => {
    const before = await requireMessageFor(tx, actor, id, 'mark_sent');
    await tx
      .update(outboxMessages)
      .set({ status: 'sent', sentAt: now, sentByHandUserId: actor.userId, leaseUntil: null })
      .where(and(eq(outboxMessages.workspaceId, actor.workspaceId), eq(outboxMessages.id, id)));
    if (before.sourceKind.startsWith('disruption') && before.clientId) {
      await recordDisruptionContact(tx, actor.workspaceId, [before.clientId], now, actor);
    }
    await recordAudit(tx, actor, {
      action: 'outbox.mark_sent',
      entityType: 'outbox_message',
      entityId: id,
      before: { status: before.status },
      after: { status: 'sent', sentAt: now, byHand: true },
    });
    return loadOutboxMessageView(tx, actor.workspaceId, id);
  });
}
