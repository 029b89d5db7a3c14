import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/connect.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every feature's routes get: the database and the clock. */
export interface RouteDeps {
  database: Database;
  /** The current instant; tests pass a fixed clock. */
  now: () => Date;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Base of links sent to clients, e.g. https://rapport.example.com (no trailing slash). */
  publicUrl: string;
  /** An SMTP server is configured: the outbox sends by itself (otherwise people copy and mark sent). */
  mailConfigured: boolean;
}
