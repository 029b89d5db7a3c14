import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { renderTemplate } from '../../core/disruptions/merge-fields.ts';
import {
  DEFAULT_UPDATE_BODY,
  DEFAULT_UPDATE_SUBJECT,
  mergeValuesFor,
} from '../../core/disruptions/outreach.ts';
import { AppError, refused } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { type QueuedMessage, queueMessages } from '../../mail/queue-messages.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import { clientPagePath, issueClientPageLinks } from '../client-pages/issue-links.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { type ClientToTellRow, selectClientsToTell, toClientToTell } from './clients-to-tell.ts';
import type { MessageDeps } from './declare-disruption.ts';
import { requireManagedDisruption } from './disruption-access.ts';
import type { TellClientsInput, TellView } from './time-frame-schemas.ts';

export const UPDATE_SOURCE = 'disruption_update';
const AUDIT_CHUNK = 1_000;

/**
 * Step 4: tells clients the current promise. With `send`, clients reached by e-mail get
 * the "new date" message (with a fresh private page link, since only hashes of the old
 * ones are kept) and count as told once it is queued; the others are listed to be reached
 * by a person. Without `send`, the clients were told another way and are marked told.
 * Every client told gets an audit entry.
 */
export async function tellClients(
  db: Db,
  actor: Actor,
  disruptionId: string,
  input: TellClientsInput,
  { now, publicUrl }: MessageDeps,
): Promise<TellView> {
  return db.transaction(async (tx) => {
    const disruption = await requireManagedDisruption(tx, actor, disruptionId);
    const promisedOn = disruption.promisedOn;
    if (!promisedOn) throw refused('There is no promise to tell yet: give an estimate first');
    const workspace = await workspaceContext(tx, actor.workspaceId, now);
    const chosen = await selectClientsToTell(
      tx,
      actor,
      disruptionId,
      input.clientIds ? { clientIds: input.clientIds } : { notTold: promisedOn },
    );
    if (input.clientIds) requireAllAffected(input.clientIds, chosen);
    const toTell = chosen.filter((client) => client.toldPromisedOn !== promisedOn);
    const canMail = (client: ClientToTellRow) => client.channel === 'email' && client.email !== null;
    const told = input.send ? toTell.filter(canMail) : toTell;
    const notSent = input.send ? toTell.filter((client) => !canMail(client)) : [];

    let messages: QueuedMessage[] = [];
    if (input.send && told.length > 0) {
      const tokens = await issueClientPageLinks(
        tx,
        actor,
        disruptionId,
        told.map((client) => client.clientId),
        now,
      );
      messages = told.map((client) => {
        const values = mergeValuesFor(client, {
          message: disruption.clientMessage,
          promisedOn,
          planLink: `${publicUrl}${clientPagePath(tokens.get(client.clientId) ?? '')}`,
          businessName: workspace.name,
        });
        return {
          clientId: client.clientId,
          toAddress: client.email as string,
          toName: client.name,
          subject: renderTemplate(DEFAULT_UPDATE_SUBJECT, values),
          bodyText: renderTemplate(DEFAULT_UPDATE_BODY, values),
          sourceKind: UPDATE_SOURCE,
          sourceId: disruptionId,
        };
      });
      await queueMessages(tx, actor, messages, now);
    }
    await markTold(tx, actor, disruptionId, told, promisedOn, now);
    const how = input.send ? 'message' : 'marked';
    const entries: AuditEntry[] = told.map((client) => ({
      action: 'disruption.client_told',
      entityType: 'client',
      entityId: client.clientId,
      before: { disruptionId, toldPromisedOn: client.toldPromisedOn },
      after: { disruptionId, toldPromisedOn: promisedOn, how },
    }));
    for (let start = 0; start < entries.length; start += AUDIT_CHUNK)
      await recordAudit(tx, actor, entries.slice(start, start + AUDIT_CHUNK));
    return {
      promisedOn,
      told: told.length,
      messagesQueued: messages.length,
      notSent: notSent.map(toClientToTell),
      alreadyTold: chosen.length - toTell.length,
    };
  });
}

function requireAllAffected(clientIds: readonly string[], found: ClientToTellRow[]): void {
  const known = new Set(found.map((client) => client.clientId));
  const missing = clientIds.flatMap((id, index) => (known.has(id) ? [] : [index]));
  if (missing.length === 0) return;
  throw new AppError(
    'not_found',
    'Some clients are not affected by this disruption',
    missing.slice(0, 20).map((index) => ({ path: `clientIds.${index}`, message: 'Not an affected client' })),
  );
}

async function markTold(
  tx: Db,
  actor: Actor,
  disruptionId: string,
  told: ClientToTellRow[],
  promisedOn: string,
  now: Date,
): Promise<void> {
  if (told.length === 0) return;
  await tx.execute(sql`
    update disruption_clients
    set told_promised_on = ${promisedOn}::date, told_at = ${now.toISOString()}::timestamptz
    where workspace_id = ${actor.workspaceId} and disruption_id = ${disruptionId}
      and client_id = any(${sql.param(told.map((client) => client.clientId))}::uuid[])`);
}
