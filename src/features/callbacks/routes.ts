import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { loggedInteractionView } from '../interactions/schemas.ts';
import { idParams } from '../shared/fields.ts';
import { answerCallback } from './answer-callback.ts';
import { listCallbacks } from './list-callbacks.ts';
import { answerCallbackBody, callbackListQuery, callbackListView } from './schemas.ts';

export function callbackRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/callbacks',
    {
      schema: {
        tags: ['callbacks'],
        summary: 'Callbacks owed to clients, oldest due first',
        querystring: callbackListQuery,
        response: { 200: callbackListView },
      },
    },
    async (request) => listCallbacks(db, actorOf(request), request.query, now()),
  );

  app.post(
    '/api/v1/callbacks/:id/answer',
    {
      schema: {
        tags: ['callbacks'],
        summary: 'Log the outbound answer to a callback, which closes it',
        params: idParams,
        body: answerCallbackBody,
        response: { 201: loggedInteractionView },
      },
    },
    async (request, reply) => {
      const logged = await answerCallback(db, actorOf(request), request.params.id, request.body, now());
      return reply.status(201).send(logged);
    },
  );
}
