import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../../core/errors/app-error.ts';
import { workspaces } from '../../db/schema/index.ts';
import { actorOf, SESSION_COOKIE } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { okResponse } from '../shared/fields.ts';
import { loginBody, meView, setupBody, userView } from './schemas.ts';
import { login, logout, SESSION_DAYS } from './sessions.ts';
import { isSetUp, setupWorkspace } from './setup-workspace.ts';

export function authRoutes(app: App, { database, secureCookies }: RouteDeps): void {
  const { db } = database;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secureCookies,
    maxAge: SESSION_DAYS * 86_400,
  };

  app.get(
    '/api/v1/auth/status',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether first-run setup is still needed',
        response: { 200: z.object({ setUp: z.boolean() }) },
      },
    },
    async () => ({ setUp: await isSetUp(db) }),
  );

  app.post(
    '/api/v1/auth/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'First run: create the workspace and its owner',
        body: setupBody,
        response: { 201: meView },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { workspace, owner } = await setupWorkspace(db, request.body);
      const session = await login(db, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
      return reply.status(201).send({ user: owner, workspace });
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an HttpOnly session cookie',
        body: loginBody,
        response: { 200: z.object({ user: userView }) },
      },
      // Per address and e-mail: slows guessing without locking the real user out from elsewhere.
      config: {
        rateLimit: {
          hook: 'preValidation',
          max: 10,
          timeWindow: '1 minute',
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { email?: unknown })?.email ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const session = await login(db, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
      return { user: session.user };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okResponse } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user and workspace', response: { 200: meView } } },
    async (request) => {
      const actor = actorOf(request);
      const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, actor.workspaceId));
      if (!workspace || !request.auth) throw notFound('Workspace');
      return { user: request.auth.user, workspace };
    },
  );
}
