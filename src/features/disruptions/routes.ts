import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { affectedClientRoutes } from './client-routes.ts';
import { declareDisruption } from './declare-disruption.ts';
import { getDisruption } from './get-disruption.ts';
import { listDisruptions } from './list-disruptions.ts';
import {
  declareDisruptionBody,
  declaredView,
  disruptionPage,
  disruptionView,
  listDisruptionsQuery,
  updateDisruptionBody,
} from './schemas.ts';
import { timeFrameRoutes } from './time-frame-routes.ts';
import { updateDisruption } from './update-disruption.ts';

export const DISRUPTION_TAGS = ['disruptions'];

/** Disruptions: declare, affected clients, outreach, communicate, time frame. */
export function disruptionRoutes(app: App, deps: RouteDeps): void {
  const { db } = deps.database;
  const { now, publicUrl } = deps;
  const tags = DISRUPTION_TAGS;

  app.get(
    '/api/v1/disruptions',
    {
      schema: {
        tags,
        summary: 'Disruptions, active first; a stand-in sees those where they stand in for a client',
        querystring: listDisruptionsQuery,
        response: { 200: disruptionPage },
      },
    },
    async (request) => listDisruptions(db, actorOf(request), request.query, now()),
  );

  app.post(
    '/api/v1/disruptions',
    {
      schema: {
        tags,
        summary:
          'Declare a disruption: per affected client an outreach task, a private page link and, by e-mail, the outreach message',
        body: declareDisruptionBody,
        response: { 201: declaredView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await declareDisruption(db, actorOf(request), request.body, { now: now(), publicUrl })),
  );

  app.get(
    '/api/v1/disruptions/:id',
    {
      schema: {
        tags,
        summary:
          'One disruption with its counts; includes the private detail (team only, never client-facing)',
        params: idParams,
        response: { 200: disruptionView },
      },
    },
    async (request) => getDisruption(db, actorOf(request), request.params.id, now()),
  );

  app.patch(
    '/api/v1/disruptions/:id',
    {
      schema: {
        tags,
        summary: 'Edit the texts, cadence, callback time or outreach template of an active disruption',
        params: idParams,
        body: updateDisruptionBody,
        response: { 200: disruptionView },
      },
    },
    async (request) => updateDisruption(db, actorOf(request), request.params.id, request.body, now()),
  );

  affectedClientRoutes(app, deps);
  timeFrameRoutes(app, deps);
}
