import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../core/auth/actor.ts';
import { addDays } from '../../core/calendar/today-in.ts';
import { mentionsPromise, renderTemplate } from '../../core/disruptions/merge-fields.ts';
import {
  mergeValuesFor,
  outreachChannelFor,
  outreachTaskNotes,
  outreachTaskTitle,
} from '../../core/disruptions/outreach.ts';
import type { Db } from '../../db/connect.ts';
import { insertRows } from '../../db/insert-rows.ts';
import { type QueuedMessage, queueMessages } from '../../mail/queue-messages.ts';
import { clientPagePath, issueClientPageLinks } from '../client-pages/issue-links.ts';
import type { WorkspaceContext } from '../shared/workspace-context.ts';
import type { DisruptionRow } from './disruption-access.ts';
import type { AudienceClient } from './resolve-audience.ts';
import type { OutreachSummary } from './schemas.ts';

export const OUTREACH_SOURCE = 'disruption_outreach';

export interface EnrolContext {
  actor: Actor;
  disruption: DisruptionRow;
  workspace: WorkspaceContext;
  now: Date;
  publicUrl: string;
}

interface Enrolment {
  client: AudienceClient;
  taskId: string;
  channel: 'email' | 'call';
}

/**
 * Step 1 for each newly affected client, in the caller's transaction and in bulk (one
 * statement per table, whatever the number of clients): an outreach task due today, the
 * affected-client row, a private page link and, for clients with an e-mail address, the
 * merged outreach message in the outbox. `readded` are clients removed earlier whose row
 * is revived rather than inserted.
 *
 * The outreach message carries the promise when its template says {{promise}}, so those
 * clients count as told that promise from the moment it is queued (a failed send stays in
 * the outbox, loud, until someone deals with it). Anyone else is told by a person, who then
 * marks them told.
 */
export async function enrolClients(
  tx: Db,
  context: EnrolContext,
  clients: readonly AudienceClient[],
  readded: ReadonlySet<string> = new Set(),
): Promise<OutreachSummary> {
  const { actor, disruption, workspace, now } = context;
  const enrolments: Enrolment[] = clients.map((client) => ({
    client,
    taskId: uuidv7(),
    channel: outreachChannelFor(client.email),
  }));
  const at = now.toISOString();
  // Each new row's foreign keys are checked against tables this transaction has just
  // filled (tasks, then disruption_clients). PostgreSQL keeps one plan per key check and
  // connection; one made while those tables were small (an earlier, smaller disruption)
  // scans them whole for every row — 10,000 clients took seven times as long. Dropping the
  // connection's cached plans makes the checks plan against the tables as they are now.
  await tx.execute(sql`discard plans`);
  const notes = {
    email: outreachTaskNotes('email', disruption.promisedOn, disruption.clientMessage),
    call: outreachTaskNotes('call', disruption.promisedOn, disruption.clientMessage),
  };
  await insertRows(
    tx,
    'tasks',
    [
      { name: 'workspace_id', type: 'uuid', value: () => actor.workspaceId },
      { name: 'id', type: 'uuid', value: (e) => e.taskId },
      { name: 'title', type: 'text', value: (e) => outreachTaskTitle(e.client.name, disruption.title) },
      { name: 'notes', type: 'text', value: (e) => notes[e.channel] },
      { name: 'client_id', type: 'uuid', value: (e) => e.client.id },
      { name: 'assignee_user_id', type: 'uuid', value: (e) => e.client.ownerUserId ?? actor.userId },
      { name: 'due_on', type: 'date', value: () => workspace.today },
      { name: 'created_by_user_id', type: 'uuid', value: () => actor.userId },
      { name: 'created_at', type: 'timestamptz', value: () => at },
    ],
    enrolments,
  );

  // The outreach is the first update; the next falls due a cadence after it (or after a
  // start announced ahead), so a disruption declared late is not overdue on day one.
  const start = disruption.startedOn > workspace.today ? disruption.startedOn : workspace.today;
  const nextUpdateDueOn = addDays(start, disruption.cadenceDays);
  const carriesPromise =
    disruption.promisedOn !== null && mentionsPromise(disruption.outreachSubject, disruption.outreachBody);
  const told = (e: Enrolment) => carriesPromise && e.channel === 'email';
  const fresh = enrolments.filter((e) => !readded.has(e.client.id));
  await insertRows(
    tx,
    'disruption_clients',
    [
      { name: 'workspace_id', type: 'uuid', value: () => actor.workspaceId },
      { name: 'disruption_id', type: 'uuid', value: () => disruption.id },
      { name: 'client_id', type: 'uuid', value: (e) => e.client.id },
      { name: 'channel', type: 'interaction_channel', value: (e) => e.channel },
      { name: 'outreach_task_id', type: 'uuid', value: (e) => e.taskId },
      { name: 'added_at', type: 'timestamptz', value: () => at },
      { name: 'next_update_due_on', type: 'date', value: () => nextUpdateDueOn },
      { name: 'told_promised_on', type: 'date', value: (e) => (told(e) ? disruption.promisedOn : null) },
      { name: 'told_at', type: 'timestamptz', value: (e) => (told(e) ? at : null) },
    ],
    fresh,
  );
  const revived = enrolments.filter((e) => readded.has(e.client.id));
  if (revived.length > 0) await reviveRows(tx, context, revived, nextUpdateDueOn, told);

  const tokens = await issueClientPageLinks(
    tx,
    actor,
    disruption.id,
    enrolments.map((e) => e.client.id),
    now,
  );
  const messages: QueuedMessage[] = enrolments
    .filter((e) => e.channel === 'email' && e.client.email)
    .map(({ client }) => {
      const values = mergeValuesFor(client, {
        message: disruption.clientMessage,
        promisedOn: disruption.promisedOn,
        planLink: `${context.publicUrl}${clientPagePath(tokens.get(client.id) ?? '')}`,
        businessName: workspace.name,
      });
      return {
        clientId: client.id,
        toAddress: client.email as string,
        toName: client.name,
        subject: renderTemplate(disruption.outreachSubject, values),
        bodyText: renderTemplate(disruption.outreachBody, values),
        sourceKind: OUTREACH_SOURCE,
        sourceId: disruption.id,
      };
    });
  await queueMessages(tx, actor, messages, now);
  return {
    clients: enrolments.length,
    tasks: enrolments.length,
    messagesQueued: messages.length,
    toReachOtherwise: enrolments.length - messages.length,
  };
}

/** A client removed earlier and chosen again starts the playbook afresh; their history stays. */
async function reviveRows(
  tx: Db,
  { actor, disruption, now }: EnrolContext,
  revived: Enrolment[],
  nextUpdateDueOn: string,
  told: (e: Enrolment) => boolean,
): Promise<void> {
  const param = (values: unknown[]) => sql.param(values);
  await tx.execute(sql`
    update disruption_clients dc
    set removed_at = null, added_at = ${now.toISOString()}::timestamptz, stand_in_user_id = null,
        channel = v.channel::interaction_channel, outreach_task_id = v.task_id,
        contacted_at = null, last_update_at = null, next_update_due_on = ${nextUpdateDueOn}::date,
        told_promised_on = case when v.told then ${disruption.promisedOn}::date else dc.told_promised_on end,
        told_at = case when v.told then ${now.toISOString()}::timestamptz else dc.told_at end
    from unnest(${param(revived.map((e) => e.client.id))}::uuid[], ${param(revived.map((e) => e.taskId))}::uuid[],
                ${param(revived.map((e) => e.channel))}::text[], ${param(revived.map(told))}::bool[])
         as v(client_id, task_id, channel, told)
    where dc.workspace_id = ${actor.workspaceId} and dc.disruption_id = ${disruption.id}
      and dc.client_id = v.client_id`);
}
