import { systemActor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionInputs } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { logInteraction } from '../interactions/log-interaction.ts';
import type { ClientPageView } from './find-client-page.ts';

/** Who the audit log and the timeline say acted: the client, through their page. */
export const CLIENT_PAGE_ACTOR_LABEL = 'Client page';

/**
 * Step 5, the client's input from their private page, in one transaction: the input on
 * the disruption and an inbound touch on the client's timeline. Every message wants an
 * answer — step 2 returns every contact during a disruption, and a client who wrote in
 * must not wait unseen — so the touch opens a callback, due by the disruption's shorter
 * time; asking for a call says so in its summary. The message is checked by the caller.
 */
export async function sendClientInput(
  db: Db,
  page: ClientPageView,
  input: { message: string; wantsCall: boolean },
  now: Date,
): Promise<{ inputId: string; callbackId: string | null }> {
  const actor = systemActor(page.workspaceId, CLIENT_PAGE_ACTOR_LABEL);
  return db.transaction(async (tx) => {
    const logged = await logInteraction(
      tx,
      actor,
      page.clientId,
      {
        channel: 'other',
        direction: 'inbound',
        summary: input.wantsCall
          ? 'Asked for a call from their private page'
          : 'Wrote from their private page',
        body: input.message === '' ? null : input.message,
        needsResponse: true,
      },
      now,
    );
    const [row] = await tx
      .insert(disruptionInputs)
      .values({
        workspaceId: page.workspaceId,
        disruptionId: page.disruptionId,
        clientId: page.clientId,
        source: 'client_page',
        body: input.message,
        wantsCall: input.wantsCall,
        interactionId: logged.interaction.id,
        callbackId: logged.openedCallback?.id ?? null,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('input insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'disruption_input.create',
      entityType: 'disruption',
      entityId: page.disruptionId,
      after: { ...row, linkId: page.linkId },
    });
    return { inputId: row.id, callbackId: row.callbackId };
  });
}
