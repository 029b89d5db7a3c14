import { z } from 'zod';
import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { listClientAssignments, setClientAssignments } from './client-assignments.ts';
import { createClients } from './create-clients.ts';
import { getClient } from './get-client.ts';
import { listClients } from './list-clients.ts';
import {
  assignmentsBody,
  clientDetailView,
  clientInput,
  clientListQuery,
  clientPatch,
  clientView,
} from './schemas.ts';
import { setClientArchived, updateClient } from './update-client.ts';

const tags = ['clients'];

export function clientRoutes(app: App, { database: { db }, now }: RouteDeps): void {
  app.get(
    '/api/v1/clients',
    {
      schema: {
        tags,
        summary: 'List and search clients (prefix and fuzzy on name, e-mail, company)',
        querystring: clientListQuery,
        response: { 200: z.object({ items: z.array(clientView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => listClients(db, actorOf(request), request.query),
  );

  app.post(
    '/api/v1/clients',
    { schema: { tags, summary: 'Add a client', body: clientInput, response: { 201: clientView } } },
    async (request, reply) => {
      const [client] = await createClients(db, actorOf(request), [request.body], now());
      if (!client) throw new Error('insert returned no row');
      return reply.status(201).send(client);
    },
  );

  app.get(
    '/api/v1/clients/:id',
    {
      schema: {
        tags,
        summary: 'A client with its relationship summary',
        params: idParams,
        response: { 200: clientDetailView },
      },
    },
    async (request) => getClient(db, actorOf(request), request.params.id, now()),
  );

  app.patch(
    '/api/v1/clients/:id',
    {
      schema: {
        tags,
        summary: 'Change a client',
        params: idParams,
        body: clientPatch,
        response: { 200: clientView },
      },
    },
    async (request) => updateClient(db, actorOf(request), request.params.id, request.body, now()),
  );

  for (const [action, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(
      `/api/v1/clients/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${archived ? 'Archive' : 'Restore'} a client`,
          params: idParams,
          response: { 200: clientView },
        },
      },
      async (request) => setClientArchived(db, actorOf(request), request.params.id, archived, now()),
    );
  }

  const assignmentsView = z.object({ userIds: z.array(z.uuid()) });
  app.get(
    '/api/v1/clients/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Users assigned to a client',
        params: idParams,
        response: { 200: assignmentsView },
      },
    },
    async (request) => ({ userIds: await listClientAssignments(db, actorOf(request), request.params.id) }),
  );
  app.put(
    '/api/v1/clients/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Assign users (e.g. stand-ins) to a client',
        params: idParams,
        body: assignmentsBody,
        response: { 200: assignmentsView },
      },
    },
    async (request) => ({
      userIds: await setClientAssignments(db, actorOf(request), request.params.id, request.body.userIds),
    }),
  );
}
