import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { listInteractions } from './list-interactions.ts';
import { logInteraction } from './log-interaction.ts';
import { loggedInteractionView, logInteractionBody, timelineQuery, timelineView } from './schemas.ts';

export function interactionRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/clients/:id/interactions',
    {
      schema: {
        tags: ['interactions'],
        summary: "A client's timeline, newest first",
        params: idParams,
        querystring: timelineQuery,
        response: { 200: timelineView },
      },
    },
    async (request) => listInteractions(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/clients/:id/interactions',
    {
      schema: {
        tags: ['interactions'],
        summary: 'Log a touch; an inbound request opens a callback, an outbound one answers them',
        params: idParams,
        body: logInteractionBody,
        response: { 201: loggedInteractionView },
      },
    },
    async (request, reply) => {
      const logged = await logInteraction(db, actorOf(request), request.params.id, request.body, now());
      return reply.status(201).send(logged);
    },
  );
}
