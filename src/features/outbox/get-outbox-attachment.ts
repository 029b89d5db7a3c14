import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { type OutboxAttachment, outboxMessages } from '../../db/schema/index.ts';
import { requireOutboxRights } from './require-outbox-message.ts';

/** A message's file (e.g. a meeting's .ics invite), to attach by hand when copying it. */
export async function getOutboxAttachment(
  db: Db,
  actor: Actor,
  id: string,
  index: number,
): Promise<OutboxAttachment> {
  requireOutboxRights(actor);
  const [row] = await db
    .select({ attachments: outboxMessages.attachments })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.workspaceId, actor.workspaceId), eq(outboxMessages.id, id)))
    .limit(1);
  if (!row) throw notFound('Message');
  const file = row.attachments[index];
  if (!file) throw notFound('Attachment');
  return file;
}
