import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../core/auth/actor.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { Database } from '../db/connect.ts';
import {
  type AuthenticatedUser,
  authenticateApiToken,
  authenticateSession,
} from '../features/auth/sessions.ts';

export const SESSION_COOKIE = 'rapport_session';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthenticatedUser | null;
  }
}

/** Resolves the caller once per request, from a bearer token or the session cookie. */
export function installAuthentication(app: FastifyInstance, database: Database): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.auth = await authenticateApiToken(database.db, header.slice('Bearer '.length).trim());
      if (!request.auth) throw new AppError('unauthenticated', 'The API token is not valid');
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) request.auth = await authenticateSession(database.db, cookie);
  });
}

/** The signed-in actor, or a 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
  return request.auth.actor;
}
