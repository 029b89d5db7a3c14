import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { createApiToken } from './create-api-token.ts';
import { listApiTokens } from './list-api-tokens.ts';
import { revokeApiToken } from './revoke-api-token.ts';
import { createdTokenView, createTokenBody, listTokensQuery, tokenPage, tokenView } from './schemas.ts';

export function tokenRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Your API tokens (never the secret)',
        querystring: listTokensQuery,
        response: { 200: tokenPage },
      },
    },
    async (request) => listApiTokens(db, actorOf(request), request.query),
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token for scripts (Authorization: Bearer); the secret is shown once',
        body: createTokenBody,
        response: { 201: createdTokenView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(db, actorOf(request), request.body, now())),
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of your API tokens',
        params: idParams,
        response: { 200: tokenView },
      },
    },
    async (request) => revokeApiToken(db, actorOf(request), request.params.id, now()),
  );
}
