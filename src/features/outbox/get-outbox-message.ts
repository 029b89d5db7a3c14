import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { loadOutboxMessageView } from './outbox-views.ts';
import { requireOutboxRights } from './require-outbox-message.ts';
import type { OutboxMessageView } from './schemas.ts';

/** One message in full, to preview and copy. */
export async function getOutboxMessage(db: Db, actor: Actor, id: string): Promise<OutboxMessageView> {
  requireOutboxRights(actor);
  return loadOutboxMessageView(db, actor.workspaceId, id);
}
