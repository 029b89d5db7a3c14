import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { callbackDueAt, DEFAULT_RESPONSE_POLICY } from '../../core/callbacks/response-policy.ts';
import { earliestCallbackDue } from '../../core/disruptions/cadence.ts';
import { AppError, notFound } from '../../core/errors/app-error.ts';
import { answersCallbacks, type Channel, type Direction } from '../../core/interactions/channels.ts';
import type { Db } from '../../db/connect.ts';
import { callbacks, interactions, workspaces } from '../../db/schema/index.ts';
import { type AuditEntry, recordAudit } from '../audit/record-audit.ts';
import { selectCallbacks } from '../callbacks/select-callbacks.ts';
import { requireVisibleClient } from '../clients/visibility.ts';
import { disruptionCallbackMinutes } from '../disruptions/callback-minutes.ts';
import { recordDisruptionContact } from '../disruptions/record-contact.ts';
import type { LoggedInteraction, LogInteractionInput } from './schemas.ts';
import { selectInteractions } from './select-interactions.ts';

// Clocks drift and time zones confuse; a touch a day ahead of ours is a mistake, not a plan.
const FUTURE_TOLERANCE_MS = 86_400_000;

/**
 * Logs one touch on a client's timeline, in one transaction with its consequences: an
 * inbound request that needs a response opens a callback due by the workspace policy;
 * an outbound touch (or a meeting) answers the client's open callbacks that it follows,
 * and counts as contact for any disruption the client is affected by.
 */
export async function logInteraction(
  db: Db,
  actor: Actor,
  clientId: string,
  input: LogInteractionInput,
  now: Date,
): Promise<LoggedInteraction> {
  const occurredAt = input.occurredAt ?? now;
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new AppError('invalid_input', 'An interaction cannot be logged in the future', [
      { path: 'occurredAt', message: 'More than a day ahead of now' },
    ]);
  }
  const needsResponse = input.needsResponse ?? needsResponseByDefault(input.direction, input.channel);
  if (needsResponse && input.direction !== 'inbound') {
    throw new AppError('invalid_input', 'Only an inbound interaction can need a response', [
      { path: 'needsResponse', message: 'Only for inbound interactions' },
    ]);
  }

  return db.transaction(async (tx) => {
    await requireVisibleClient(tx, actor, clientId);
    const [interaction] = await tx
      .insert(interactions)
      .values({
        workspaceId: actor.workspaceId,
        clientId,
        channel: input.channel,
        direction: input.direction,
        occurredAt,
        summary: input.summary,
        body: input.body ?? null,
        userId: actor.userId,
      })
      .returning();
    if (!interaction) throw new Error('interaction insert returned nothing');
    const audit: AuditEntry[] = [
      {
        action: 'interaction.create',
        entityType: 'interaction',
        entityId: interaction.id,
        after: interaction,
      },
    ];

    // Only requests made before the answer are answered by it; a back-dated note cannot close tomorrow's call.
    const answered = answersCallbacks(input.direction, input.channel)
      ? await tx
          .update(callbacks)
          .set({ answeredAt: occurredAt, answerInteractionId: interaction.id })
          .where(
            and(
              eq(callbacks.workspaceId, actor.workspaceId),
              eq(callbacks.clientId, clientId),
              isNull(callbacks.answeredAt),
              lte(callbacks.openedAt, occurredAt),
            ),
          )
          .returning()
      : [];
    for (const callback of answered) {
      audit.push({
        action: 'callback.answer',
        entityType: 'callback',
        entityId: callback.id,
        before: { ...callback, answeredAt: null, answerInteractionId: null },
        after: callback,
      });
    }

    // Reaching the client is also a disruption's outreach and update (steps 1 and 2).
    if (answersCallbacks(input.direction, input.channel))
      await recordDisruptionContact(tx, actor.workspaceId, [clientId], occurredAt, actor);

    const opened = needsResponse ? await openCallback(tx, actor, clientId, interaction.id, occurredAt) : null;
    if (opened)
      audit.push({ action: 'callback.open', entityType: 'callback', entityId: opened.id, after: opened });
    await recordAudit(tx, actor, audit);

    const [view] = await selectInteractions(tx, actor, eq(interactions.id, interaction.id), 1);
    const callbackIds = [...answered.map((row) => row.id), ...(opened ? [opened.id] : [])];
    const callbackViews =
      callbackIds.length === 0
        ? []
        : await selectCallbacks(tx, actor, now, { where: inArray(callbacks.id, callbackIds) });
    if (!view) throw new Error('logged interaction vanished');
    return {
      interaction: view,
      openedCallback: callbackViews.find((callback) => callback.id === opened?.id) ?? null,
      answeredCallbacks: callbackViews.filter((callback) => callback.id !== opened?.id),
    };
  });
}

/** Inbound requests want an answer, except a note (nobody asked) or a meeting (answered there and then). */
function needsResponseByDefault(direction: Direction, channel: Channel): boolean {
  return direction === 'inbound' && channel !== 'note' && !answersCallbacks(direction, channel);
}

async function openCallback(tx: Db, actor: Actor, clientId: string, requestId: string, openedAt: Date) {
  const [workspace] = await tx
    .select({ responsePolicy: workspaces.responsePolicy, timezone: workspaces.timezone })
    .from(workspaces)
    .where(eq(workspaces.id, actor.workspaceId));
  if (!workspace) throw notFound('Workspace');
  const policy = { ...DEFAULT_RESPONSE_POLICY, ...workspace.responsePolicy };
  // During a disruption the client is answered sooner: the earlier of the policy and its callback time.
  const disruptionMinutes = await disruptionCallbackMinutes(tx, actor.workspaceId, clientId);
  const [callback] = await tx
    .insert(callbacks)
    .values({
      workspaceId: actor.workspaceId,
      clientId,
      requestInteractionId: requestId,
      openedAt,
      dueAt: earliestCallbackDue(
        callbackDueAt(openedAt, policy, workspace.timezone),
        openedAt,
        disruptionMinutes,
      ),
    })
    .returning();
  if (!callback) throw new Error('callback insert returned nothing');
  return callback;
}
