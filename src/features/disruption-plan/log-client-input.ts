import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../db/connect.ts';
import { disruptionInputs } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireAffectedClient } from '../disruption-oversight/require-affected-client.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { logInteraction } from '../interactions/log-interaction.ts';
import { selectInputs } from './input-rows.ts';
import type { InputView, LogInputInput } from './schemas.ts';

const SUMMARY_LENGTH = 120;

/**
 * "Ask for their input as well" (the article, step 5): what a client said about the plan,
 * as the team heard it. It lands on the client's timeline as an inbound touch; when the
 * client wants a call it opens a callback, like any request.
 */
export async function logClientInput(
  db: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  input: LogInputInput,
  now: Date,
): Promise<InputView> {
  return db.transaction(async (tx) => {
    await requireReadableDisruption(tx, actor, disruptionId);
    await requireAffectedClient(tx, actor, disruptionId, clientId);
    const logged = await logInteraction(
      tx,
      actor,
      clientId,
      {
        channel: input.channel,
        direction: 'inbound',
        occurredAt: now,
        summary: `Input on our plan: ${oneLine(input.body)}`,
        body: input.body,
        needsResponse: input.wantsCall,
      },
      now,
    );
    const [row] = await tx
      .insert(disruptionInputs)
      .values({
        workspaceId: actor.workspaceId,
        disruptionId,
        clientId,
        source: 'team',
        body: input.body,
        wantsCall: input.wantsCall,
        interactionId: logged.interaction.id,
        callbackId: logged.openedCallback?.id ?? null,
        createdByUserId: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('input insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'disruption_input.log',
      entityType: 'disruption_input',
      entityId: row.id,
      after: row,
    });
    const [view] = await selectInputs(
      tx,
      actor,
      [and(eq(disruptionInputs.workspaceId, actor.workspaceId), eq(disruptionInputs.id, row.id))],
      1,
    );
    if (!view) throw new Error('input vanished');
    return view;
  });
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_LENGTH ? `${flat.slice(0, SUMMARY_LENGTH - 1)}…` : flat;
}
