import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/connect.ts';
import { type MailSettings, type OutboxSender, startOutboxSender } from '../mail/outbox-sender.ts';
import { errorBody, installErrorHandler } from './error-handler.ts';
import { registerFeatureRoutes } from './feature-routes.ts';
import { installAuthentication } from './request-context.ts';
import { installSecurityHeaders } from './security-headers.ts';
import type { App, RouteDeps } from './types.ts';

export interface AppOptions {
  database: Database;
  now?: () => Date;
  secureCookies?: boolean;
  /** Folder of the built web app; when missing, only the API is served. */
  webDir?: string;
  logger?: boolean;
  /** Base of links sent to clients; defaults to http://localhost:3000. */
  publicUrl?: string;
  /** Outgoing mail; with an SMTP URL the outbox sender runs while the app is up. */
  mail?: MailSettings;
}

export const DEFAULT_WEB_DIR = resolve('dist/web');

/** Builds the one server: REST API, OpenAPI docs, the web app and client pages. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Behind a proxy the client address comes from X-Forwarded-For; the rate limits need it.
    trustProxy: true,
  }).withTypeProvider() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Rapport API', version: '1', description: 'Relationship-first client retention.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installAuthentication(app, options.database);
  const deps: RouteDeps = {
    database: options.database,
    now: options.now ?? (() => new Date()),
    secureCookies: options.secureCookies ?? false,
    publicUrl: options.publicUrl ?? 'http://localhost:3000',
    mailConfigured: Boolean(options.mail?.smtpUrl),
  };
  registerFeatureRoutes(app, deps);
  runOutboxSender(app, options, deps.now);
  await serveWebApp(app, options.webDir ?? DEFAULT_WEB_DIR);
  return app;
}

/**
 * The outbox sender lives as long as the app: it starts when the app is ready and stops
 * on close. A change that succeeded may have queued mail, so it wakes the sender rather
 * than leaving the message to the next poll (wakes during a run fold into one more run).
 */
function runOutboxSender(app: App, options: AppOptions, now: () => Date): void {
  const mail = options.mail;
  if (!mail?.smtpUrl) return;
  let sender: OutboxSender | null = null;
  app.addHook('onReady', async () => {
    sender = startOutboxSender(options.database, mail, now);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) sender?.wake();
  });
  app.addHook('onClose', async () => {
    await sender?.stop();
  });
}

/**
 * Serves the built SPA when there is one; any other GET outside the API falls back to
 * index.html so deep links work. Unknown API paths get the API's error shape.
 */
async function serveWebApp(app: App, webDir: string): Promise<void> {
  const hasWebApp = existsSync(join(webDir, 'index.html'));
  if (hasWebApp) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    if (hasWebApp && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .status(404)
      .send(errorBody('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });
}
