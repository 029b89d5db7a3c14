import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { firstNameOf } from '../../core/disruptions/merge-fields.ts';
import type { Db } from '../../db/connect.ts';
import { clients, workspaces } from '../../db/schema/index.ts';
import { queueMessages } from '../../mail/queue-messages.ts';

export const SAVE_CONFIRMATION_SOURCE = 'save_confirmation';

/**
 * The client gets what was agreed in writing, through the outbox, in the caller's
 * transaction (so it exists exactly when the acceptance does). A client without an e-mail
 * address is handed the confirmation by the team; returns whether a message was queued.
 */
export async function queueConfirmationMail(
  tx: Db,
  actor: Actor,
  saveCase: { id: string; clientId: string },
  confirmation: string,
  now: Date,
): Promise<boolean> {
  const [row] = await tx
    .select({ name: clients.name, email: clients.email, kind: clients.kind, business: workspaces.name })
    .from(clients)
    .innerJoin(workspaces, eq(workspaces.id, clients.workspaceId))
    .where(and(eq(clients.workspaceId, actor.workspaceId), eq(clients.id, saveCase.clientId)));
  if (!row?.email) return false;
  await queueMessages(
    tx,
    actor,
    [
      {
        clientId: saveCase.clientId,
        toAddress: row.email,
        toName: row.name,
        subject: `${row.business}: what we agreed`,
        bodyText: `Dear ${firstNameOf(row.name, row.kind)},\n\nThank you for talking it through with us. Here is what we agreed, for your records:\n\n${confirmation}\n\nIf anything here is not what you understood, reply to this message and we will put it right.\n\n${row.business}`,
        sourceKind: SAVE_CONFIRMATION_SOURCE,
        sourceId: saveCase.id,
      },
    ],
    now,
  );
  return true;
}
