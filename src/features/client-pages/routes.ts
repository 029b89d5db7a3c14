import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { issueClientPage } from './issue-client-page.ts';
import { listClientPages } from './list-client-pages.ts';
import { publicClientPageRoutes } from './public-routes.ts';
import { revokeClientPage } from './revoke-client-page.ts';
import {
  clientLinkParams,
  clientPagesPage,
  disruptionParams,
  issuedLinkView,
  issueLinkBody,
  linkParams,
  linkView,
  listClientPagesQuery,
} from './schemas.ts';

/** Client private pages: the team's links (API), and the public page itself (`/c/…`). */
export function clientPageRoutes(app: App, deps: RouteDeps): void {
  const { database, now, publicUrl } = deps;
  const { db } = database;
  const tags = ['disruptions'];

  app.get(
    '/api/v1/disruptions/:id/client-pages',
    {
      schema: {
        tags,
        summary: 'Each affected client’s private page links: state, expiry, last opened (never the token)',
        params: disruptionParams,
        querystring: listClientPagesQuery,
        response: { 200: clientPagesPage },
      },
    },
    async (request) => listClientPages(db, actorOf(request), request.params.id, request.query, now()),
  );

  app.post(
    '/api/v1/disruptions/:id/clients/:clientId/client-page',
    {
      schema: {
        tags,
        summary: 'Issue a new private page link for a client; the full URL is in this answer only',
        params: clientLinkParams,
        body: issueLinkBody,
        response: { 201: issuedLinkView },
      },
    },
    async (request, reply) => {
      const { id, clientId } = request.params;
      const issued = await issueClientPage(
        db,
        actorOf(request),
        id,
        clientId,
        request.body,
        publicUrl,
        now(),
      );
      return reply.status(201).send(issued);
    },
  );

  app.post(
    '/api/v1/disruptions/:id/client-pages/:linkId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a private page link at once',
        params: linkParams,
        response: { 200: linkView },
      },
    },
    async (request) =>
      revokeClientPage(db, actorOf(request), request.params.id, request.params.linkId, now()),
  );

  publicClientPageRoutes(app as unknown as FastifyInstance, deps);
}
