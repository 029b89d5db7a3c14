import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { createUserBody, listUsersQuery, updateUserBody, userListView, userPage } from './schemas.ts';
import { updateUser } from './update-user.ts';

export function userRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: "The workspace's users, by name",
        querystring: listUsersQuery,
        response: { 200: userPage },
      },
    },
    async (request) => listUsers(db, actorOf(request), request.query),
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Add a user with a password (owner only)',
        body: createUserBody,
        response: { 201: userListView },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Rename, change role, disable or re-enable a user (owner only)',
        params: idParams,
        body: updateUserBody,
        response: { 200: userListView },
      },
    },
    async (request) => updateUser(db, actorOf(request), request.params.id, request.body, now()),
  );
}
