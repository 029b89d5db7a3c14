import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { DemoDisruptionAct } from '../../core/demo/demo-disruption-acts.ts';
import type { DemoPlan, DemoUserKey } from '../../core/demo/demo-plan.ts';
import type { Db } from '../../db/connect.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { assignStandIns } from '../disruption-oversight/assign-stand-ins.ts';
import { fileReport } from '../disruption-oversight/file-report.ts';
import { reviewReport } from '../disruption-oversight/review-report.ts';
import { assignStandInsBody, fileReportBody, reviewReportBody } from '../disruption-oversight/schemas.ts';
import { addPlanStep } from '../disruption-plan/add-plan-step.ts';
import { logClientInput } from '../disruption-plan/log-client-input.ts';
import { scheduleMeeting } from '../disruption-plan/schedule-meeting.ts';
import {
  addStepBody,
  logInputBody,
  scheduleMeetingBody,
  updateMeetingBody,
  updateStepBody,
} from '../disruption-plan/schemas.ts';
import { updateMeeting } from '../disruption-plan/update-meeting.ts';
import { updatePlanStep } from '../disruption-plan/update-plan-step.ts';
import { declareDisruption } from '../disruptions/declare-disruption.ts';
import { OUTREACH_SOURCE } from '../disruptions/enrol-clients.ts';
import { moveEstimate } from '../disruptions/move-estimate.ts';
import { declareDisruptionBody } from '../disruptions/schemas.ts';
import { setPromise } from '../disruptions/set-promise.ts';
import { tellClients, UPDATE_SOURCE } from '../disruptions/tell-clients.ts';
import { moveEstimateBody, setPromiseBody, tellClientsBody } from '../disruptions/time-frame-schemas.ts';
import { logInteraction } from '../interactions/log-interaction.ts';
import { logInteractionBody } from '../interactions/schemas.ts';
import { cancelMessage } from '../outbox/cancel-message.ts';
import { markMessageSent } from '../outbox/mark-message-sent.ts';
import { parseCommandInput } from '../users/parse-input.ts';

export interface DemoDisruptionContext {
  plan: DemoPlan;
  actors: Record<DemoUserKey, Actor>;
  /** The created clients' ids, in the plan's order. */
  clientIds: string[];
  /** Base of the client page links in the messages. */
  publicUrl: string;
  /** Called after the declaration and after each act. */
  step: () => void;
}

/**
 * Plays the plan's disruption through the same commands and schemas as the API, each at
 * the moment it happened: the owner declares it (outreach tasks, page links and mails),
 * then every act in order, by whoever did it, with the clock at that act.
 */
export async function createDemoDisruption(tx: Db, context: DemoDisruptionContext): Promise<void> {
  const { plan, actors, clientIds, publicUrl, step } = context;
  const story = plan.disruption;
  const clientId = (index: number) => clientIds[index] as string;
  const { disruption } = await declareDisruption(
    tx,
    actors.owner,
    parseCommandInput(declareDisruptionBody, {
      title: story.title,
      privateDetail: story.privateDetail,
      clientMessage: story.clientMessage,
      startedOn: story.startedOn,
      audience: { kind: 'chosen', clientIds: story.clients.map(clientId) },
      estimateOn: story.estimateOn,
      bufferDays: story.bufferDays,
    }),
    { now: story.declaredAt, publicUrl },
  );
  step();
  // Plan steps, meetings and reports by the plan's keys: later acts name them.
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo disruption: "${key}" was not made before it was used`);
    return id;
  };
  for (const act of story.acts) {
    const saved = await perform(tx, { ...context, disruptionId: disruption.id, clientId, idOf }, act);
    if (saved) ids.set(saved.key, saved.id);
    step();
  }
}

interface ActContext extends DemoDisruptionContext {
  disruptionId: string;
  clientId: (index: number) => string;
  idOf: (key: string) => string;
}

/** Does one act; returns the id of what it made when later acts refer to it. */
async function perform(
  tx: Db,
  { actors, disruptionId: id, clientId, idOf, publicUrl }: ActContext,
  act: DemoDisruptionAct,
): Promise<{ key: string; id: string } | undefined> {
  const actor = actors[act.by];
  const now = act.at;
  switch (act.kind) {
    case 'stand_in': {
      const userId = actors[act.standIn].userId;
      const assignments = act.clients.map((client) => ({ clientId: clientId(client), userId }));
      await assignStandIns(tx, actor, id, parseCommandInput(assignStandInsBody, { assignments }), now);
      return;
    }
    case 'outbox': {
      const messageId = await queuedMessage(tx, actor, id, clientId(act.client), act.message);
      if (act.action === 'cancel') await cancelMessage(tx, actor, messageId);
      else await markMessageSent(tx, actor, messageId, now);
      return;
    }
    case 'touch': {
      const { channel, direction, summary, body } = act;
      const input = parseCommandInput(logInteractionBody, {
        channel,
        direction,
        summary,
        body,
        occurredAt: now.toISOString(),
      });
      await logInteraction(tx, actor, clientId(act.client), input, now);
      return;
    }
    case 'add_step': {
      const input = parseCommandInput(addStepBody, { title: act.title, detail: act.detail });
      return { key: act.key, id: (await addPlanStep(tx, actor, id, input, now)).id };
    }
    case 'step_state': {
      const input = parseCommandInput(updateStepBody, { state: act.state });
      await updatePlanStep(tx, actor, id, idOf(act.step), input, now);
      return;
    }
    case 'schedule_meeting': {
      const input = parseCommandInput(scheduleMeetingBody, {
        kind: act.meetingKind,
        startsAt: act.startsAt.toISOString(),
        durationMinutes: act.durationMinutes,
        location: act.location,
        notes: act.notes,
        send: act.send,
      });
      const { meeting } = await scheduleMeeting(
        tx,
        actor,
        { now, publicUrl },
        id,
        clientId(act.client),
        input,
      );
      return { key: act.key, id: meeting.id };
    }
    case 'hold_meeting': {
      const input = parseCommandInput(updateMeetingBody, { status: 'held', summary: act.summary });
      await updateMeeting(tx, actor, { now, publicUrl }, id, idOf(act.meeting), input);
      return;
    }
    case 'client_input': {
      const input = parseCommandInput(logInputBody, { body: act.body });
      await logClientInput(tx, actor, id, clientId(act.client), input, now);
      return;
    }
    case 'move_estimate': {
      const input = parseCommandInput(moveEstimateBody, { estimateOn: act.estimateOn, reason: act.reason });
      await moveEstimate(tx, actor, id, input, now);
      return;
    }
    case 'set_promise': {
      const input = parseCommandInput(setPromiseBody, { promisedOn: act.promisedOn, reason: act.reason });
      await setPromise(tx, actor, id, input, now);
      return;
    }
    case 'tell_clients': {
      const input = parseCommandInput(tellClientsBody, {
        clientIds: act.clients.map(clientId),
        send: act.send,
      });
      await tellClients(tx, actor, id, input, { now, publicUrl });
      return;
    }
    case 'file_report': {
      const { whatWasDone, outcome, nextStep, issues } = act;
      const input = parseCommandInput(fileReportBody, { whatWasDone, outcome, nextStep, issues });
      return { key: act.key, id: (await fileReport(tx, actor, id, clientId(act.client), input, now)).id };
    }
    case 'review_report': {
      const input = parseCommandInput(reviewReportBody, {
        decision: act.decision,
        ...(act.comment ? { comment: act.comment } : {}),
      });
      await reviewReport(tx, actor, id, idOf(act.report), input, now);
      return;
    }
  }
}

/** The client's newest message of this disruption still waiting in the outbox, as the Outbox page lists it. */
async function queuedMessage(
  tx: Db,
  actor: Actor,
  disruptionId: string,
  clientId: string,
  message: 'outreach' | 'update',
): Promise<string> {
  const [row] = await tx
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.workspaceId, actor.workspaceId),
        eq(outboxMessages.sourceKind, message === 'outreach' ? OUTREACH_SOURCE : UPDATE_SOURCE),
        eq(outboxMessages.sourceId, disruptionId),
        eq(outboxMessages.clientId, clientId),
        eq(outboxMessages.status, 'queued'),
      ),
    )
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1);
  if (!row) throw new Error(`demo disruption: no ${message} message waiting for client ${clientId}`);
  return row.id;
}
