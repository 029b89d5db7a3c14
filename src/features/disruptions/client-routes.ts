import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { addAffectedClients } from './add-affected-clients.ts';
import {
  addAffectedClientsBody,
  addedClientsView,
  affectedClientPage,
  affectedClientParams,
  affectedClientView,
  listAffectedClientsQuery,
  removedClientView,
  updateAffectedClientBody,
} from './client-schemas.ts';
import { listAffectedClients } from './list-affected-clients.ts';
import { removeAffectedClient } from './remove-affected-client.ts';
import { updateAffectedClient } from './update-affected-client.ts';

/** A disruption's affected clients (steps 1 and 2, and who must be told the promise). */
export function affectedClientRoutes(app: App, { database, now, publicUrl }: RouteDeps): void {
  const { db } = database;
  const tags = ['disruptions'];

  app.get(
    '/api/v1/disruptions/:id/clients',
    {
      schema: {
        tags,
        summary:
          'Affected clients in name order: channel, stand-in, outreach, next update due, must be told; a stand-in sees theirs',
        params: idParams,
        querystring: listAffectedClientsQuery,
        response: { 200: affectedClientPage },
      },
    },
    async (request) => listAffectedClients(db, actorOf(request), request.params.id, request.query, now()),
  );

  app.post(
    '/api/v1/disruptions/:id/clients',
    {
      schema: {
        tags,
        summary: 'Add chosen clients: the same outreach as declaring (task, page link, message)',
        params: idParams,
        body: addAffectedClientsBody,
        response: { 200: addedClientsView },
      },
    },
    async (request) =>
      addAffectedClients(db, actorOf(request), request.params.id, request.body, { now: now(), publicUrl }),
  );

  app.patch(
    '/api/v1/disruptions/:id/clients/:clientId',
    {
      schema: {
        tags,
        summary: 'Set how an affected client is reached during the disruption',
        params: affectedClientParams,
        body: updateAffectedClientBody,
        response: { 200: affectedClientView },
      },
    },
    async (request) =>
      updateAffectedClient(
        db,
        actorOf(request),
        request.params.id,
        request.params.clientId,
        request.body,
        now(),
      ),
  );

  app.delete(
    '/api/v1/disruptions/:id/clients/:clientId',
    {
      schema: {
        tags,
        summary:
          'Take a client out: kept in the history; open outreach closed, queued mail cancelled, links revoked, stand-in access ended',
        params: affectedClientParams,
        response: { 200: removedClientView },
      },
    },
    async (request) =>
      removeAffectedClient(db, actorOf(request), request.params.id, request.params.clientId, now()),
  );
}
