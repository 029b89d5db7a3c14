import { z } from 'zod';
import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { addPlanStep } from './add-plan-step.ts';
import { listClientInputs } from './list-client-inputs.ts';
import { getMeetingInvite, listMeetings } from './list-meetings.ts';
import { logClientInput } from './log-client-input.ts';
import { listPlanSteps } from './plan-steps.ts';
import { removePlanStep } from './remove-plan-step.ts';
import { reorderPlanSteps } from './reorder-plan-steps.ts';
import { scheduleMeeting } from './schedule-meeting.ts';
import {
  addStepBody,
  clientParams,
  disruptionParams,
  inputPage,
  inputView,
  listInputsQuery,
  listMeetingsQuery,
  logInputBody,
  meetingPage,
  meetingParams,
  meetingResult,
  planView,
  reorderBody,
  scheduleMeetingBody,
  stepParams,
  stepView,
  updateMeetingBody,
  updateStepBody,
} from './schemas.ts';
import { updateMeeting } from './update-meeting.ts';
import { updatePlanStep } from './update-plan-step.ts';

const tags = ['disruptions: plan'];

/** Step 5: plan steps, meetings with .ics invites, the client's input. */
export function disruptionPlanRoutes(app: App, { database, now, publicUrl }: RouteDeps): void {
  const { db } = database;
  const base = '/api/v1/disruptions/:id';

  app.get(
    `${base}/plan`,
    {
      schema: {
        tags,
        summary: 'The recovery plan, in order',
        params: disruptionParams,
        response: { 200: planView },
      },
    },
    async (request) => ({ items: await listPlanSteps(db, actorOf(request), request.params.id) }),
  );

  app.post(
    `${base}/plan`,
    {
      schema: {
        tags,
        summary: 'Add a step to the plan (at the end, or at `position`)',
        params: disruptionParams,
        body: addStepBody,
        response: { 201: stepView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPlanStep(db, actorOf(request), request.params.id, request.body, now())),
  );

  app.post(
    `${base}/plan/reorder`,
    {
      schema: {
        tags,
        summary: 'Put the plan in this order; `ids` lists every step once',
        params: disruptionParams,
        body: reorderBody,
        response: { 200: planView },
      },
    },
    async (request) => ({
      items: await reorderPlanSteps(db, actorOf(request), request.params.id, request.body.ids),
    }),
  );

  app.patch(
    `${base}/plan/:stepId`,
    {
      schema: {
        tags,
        summary: 'Edit a step or change its state (planned, in_progress, done)',
        params: stepParams,
        body: updateStepBody,
        response: { 200: stepView },
      },
    },
    async (request) =>
      updatePlanStep(db, actorOf(request), request.params.id, request.params.stepId, request.body, now()),
  );

  app.delete(
    `${base}/plan/:stepId`,
    {
      schema: {
        tags,
        summary: 'Take a step out of the plan',
        params: stepParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removePlanStep(db, actorOf(request), request.params.id, request.params.stepId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${base}/meetings`,
    {
      schema: {
        tags,
        summary: "The disruption's meetings, soonest first",
        params: disruptionParams,
        querystring: listMeetingsQuery,
        response: { 200: meetingPage },
      },
    },
    async (request) => listMeetings(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    `${base}/clients/:clientId/meetings`,
    {
      schema: {
        tags,
        summary:
          'Book a meeting with a client (face to face by default) with an .ics invite; `send` mails it',
        params: clientParams,
        body: scheduleMeetingBody,
        response: { 201: meetingResult },
      },
    },
    async (request, reply) => {
      const { id, clientId } = request.params;
      const deps = { now: now(), publicUrl };
      return reply
        .status(201)
        .send(await scheduleMeeting(db, actorOf(request), deps, id, clientId, request.body));
    },
  );

  app.patch(
    `${base}/meetings/:meetingId`,
    {
      schema: {
        tags,
        summary:
          'Move, cancel (CANCEL invite) or mark held (logged on the timeline) a meeting; `send` mails the invite',
        params: meetingParams,
        body: updateMeetingBody,
        response: { 200: meetingResult },
      },
    },
    async (request) => {
      const { id, meetingId } = request.params;
      return updateMeeting(db, actorOf(request), { now: now(), publicUrl }, id, meetingId, request.body);
    },
  );

  app.get(
    `${base}/meetings/:meetingId/invite.ics`,
    {
      schema: {
        tags,
        summary: "The meeting's current invite (text/calendar)",
        params: meetingParams,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const { id, meetingId } = request.params;
      const invite = await getMeetingInvite(db, actorOf(request), id, meetingId, publicUrl, now());
      return reply
        .type(`text/calendar; method=${invite.method}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="${invite.filename}"`)
        .send(invite.content);
    },
  );

  app.post(
    `${base}/clients/:clientId/inputs`,
    {
      schema: {
        tags,
        summary: "Log a client's input on the plan (on their timeline; `wantsCall` opens a callback)",
        params: clientParams,
        body: logInputBody,
        response: { 201: inputView },
      },
    },
    async (request, reply) => {
      const { id, clientId } = request.params;
      return reply
        .status(201)
        .send(await logClientInput(db, actorOf(request), id, clientId, request.body, now()));
    },
  );

  app.get(
    `${base}/inputs`,
    {
      schema: {
        tags,
        summary: "Clients' input on the plan, from the team and from client pages, newest first",
        params: disruptionParams,
        querystring: listInputsQuery,
        response: { 200: inputPage },
      },
    },
    async (request) => listClientInputs(db, actorOf(request), request.params.id, request.query),
  );
}
