import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/connect.ts';
import { queryRows } from '../../src/db/query-rows.ts';
import { buildApp } from '../../src/http/app.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The real server (every plugin, hook and route), listening on a free loopback port. */
export async function startRealServer(database: Database): Promise<RunningServer> {
  const app = await buildApp({ database, webDir: '/nonexistent', logger: false });
  return listen(app);
}

/**
 * The limit for a read: a bare Fastify route doing only the primary-key lookup on the
 * same database, with no auth, validation or response schema.
 */
export async function startBareServer(database: Database, workspaceId: string): Promise<RunningServer> {
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/bare/clients/:id', async (request, reply) => {
    const [row] = await queryRows(
      database.db,
      sql`select * from clients where workspace_id = ${workspaceId} and id = ${request.params.id}`,
    );
    if (!row) return reply.status(404).send({ error: 'not found' });
    return row;
  });
  return listen(app);
}

async function listen(app: FastifyInstance): Promise<RunningServer> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
