import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../core/auth/actor.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { Database } from '../db/connect.ts';
import { hashToken } from '../features/auth/secret-tokens.ts';
import {
  type AuthenticatedUser,
  authenticateApiToken,
  authenticateSession,
} from '../features/auth/sessions.ts';

export const SESSION_COOKIE = 'rapport_session';

/**
 * How long a resolved token or session is trusted without asking the database again.
 * Every change made through this server (revoking a token, disabling a user, signing
 * out) empties the cache at once; this only bounds how late a change made elsewhere
 * (another server, the CLI) is seen. A script's burst of requests still costs one lookup.
 */
const AUTH_CACHE_MS = 1_000;
const AUTH_CACHE_SIZE = 10_000;

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthenticatedUser | null;
  }
}

/** Resolves the caller once per request, from a bearer token or the session cookie. */
export function installAuthentication(app: FastifyInstance, database: Database): void {
  const cache = authCache();
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const token = header.slice('Bearer '.length).trim();
      request.auth = await cache.resolve(`token:${token}`, () => authenticateApiToken(database.db, token));
      if (!request.auth) throw new AppError('unauthenticated', 'The API token is not valid');
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie)
      request.auth = await cache.resolve(`session:${cookie}`, () => authenticateSession(database.db, cookie));
  });
  // Before the reply leaves, so the caller's next request already finds the cache empty.
  app.addHook('onSend', async (request) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) cache.clear();
  });
}

/** The signed-in actor, or a 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
  return request.auth.actor;
}

/** Successful lookups for AUTH_CACHE_MS, keyed by a hash of the secret; failures are never kept. */
function authCache() {
  const entries = new Map<string, { auth: AuthenticatedUser; until: number }>();
  // A lookup that started before a clear() may have read what the clear was for.
  let generation = 0;
  return {
    async resolve(secret: string, lookup: () => Promise<AuthenticatedUser | null>) {
      const key = hashToken(secret);
      const started = performance.now();
      const hit = entries.get(key);
      if (hit && hit.until > started) return hit.auth;
      const seen = generation;
      const auth = await lookup();
      if (auth && seen === generation) {
        entries.delete(key);
        entries.set(key, { auth, until: started + AUTH_CACHE_MS });
        // Maps iterate in insertion order: the first key is the oldest.
        if (entries.size > AUTH_CACHE_SIZE) entries.delete(entries.keys().next().value as string);
      }
      return auth;
    },
    clear() {
      entries.clear();
      generation++;
    },
  };
}
