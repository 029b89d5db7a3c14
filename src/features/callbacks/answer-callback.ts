import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { conflict, notFound, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks } from '../../db/schema/index.ts';
import { visibleClientCondition } from '../clients/visibility.ts';
import { logInteraction } from '../interactions/log-interaction.ts';
import type { AnswerCallbackInput } from './schemas.ts';

/**
 * Answers a callback by logging the outbound touch that answered it. Like any outbound
 * touch, it also answers the client's other open requests made before it.
 */
export async function answerCallback(
  db: Db,
  actor: Actor,
  callbackId: string,
  input: AnswerCallbackInput,
  now: Date,
) {
  return db.transaction(async (tx) => {
    // Locked, so two people answering at once get one answer and one 409.
    const [callback] = await tx
      .select()
      .from(callbacks)
      .where(
        and(
          eq(callbacks.workspaceId, actor.workspaceId),
          eq(callbacks.id, callbackId),
          visibleClientCondition(actor, sql`${callbacks.clientId}`),
        ),
      )
      .for('update');
    if (!callback) throw notFound('Callback');
    if (callback.answeredAt) throw conflict('This callback has already been answered');
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt.getTime() < callback.openedAt.getTime()) {
      throw refused('An answer cannot come before the request it answers', [
        { path: 'occurredAt', message: 'Before the callback was opened' },
      ]);
    }
    return logInteraction(
      tx,
      actor,
      callback.clientId,
      {
        channel: input.channel,
        direction: 'outbound',
        summary: input.summary,
        occurredAt,
        needsResponse: false,
      },
      now,
    );
  });
}
