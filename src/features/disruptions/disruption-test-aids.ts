import { type SQL, sql } from 'drizzle-orm';
import { insertClient } from '../../../test/support/factories.ts';
import type { ApiClient, TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';

// Test aids for the disruption feature's integration tests.

/** The tables a disruption writes to, for "nothing was written" checks. */
export const WRITTEN_TABLES = [
  'disruptions',
  'disruption_promises',
  'disruption_clients',
  'tasks',
  'client_page_links',
  'outbox_messages',
  'audit_log',
] as const;

export async function countRows(t: TestApp, table: string, where: SQL = sql`true`): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`,
  );
  return row?.n ?? 0;
}

/** Row counts of every table a disruption writes to. */
export async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) counts[table] = await countRows(t, table);
  return counts;
}

/** `count` clients; every `withoutEmailEvery`-th has no e-mail address (reached by phone). */
export async function seedClients(
  t: TestApp,
  workspaceId: string,
  count: number,
  options: {
    prefix?: string;
    withoutEmailEvery?: number;
    tags?: string[];
    status?: 'active' | 'paused';
  } = {},
) {
  const clients = [];
  for (let i = 1; i <= count; i++) {
    const noEmail = options.withoutEmailEvery !== undefined && i % options.withoutEmailEvery === 0;
    clients.push(
      await insertClient(t.database.db, workspaceId, {
        name: `${options.prefix ?? 'Client'} ${String(i).padStart(2, '0')}`,
        status: options.status ?? 'active',
        tags: options.tags ?? [],
        ...(noEmail ? { email: null, phone: '+1 555 0100' } : {}),
      }),
    );
  }
  return clients;
}

/** Declares a disruption over chosen clients through the API and returns the created view. */
export async function declareOver(api: ApiClient, clientIds: string[], extra: Record<string, unknown> = {}) {
  const response = await api.post('/api/v1/disruptions', {
    title: 'Olive is ill',
    privateDetail: 'Surgery on Tuesday; recovery three weeks.',
    clientMessage: 'Olive is unwell and away for a few weeks; Sam is looking after your work.',
    audience: { kind: 'chosen', clientIds },
    ...extra,
  });
  if (response.status !== 201) throw new Error(`declare failed: ${JSON.stringify(response.body)}`);
  return response.body as {
    disruption: { id: string; promisedOn: string | null } & Record<string, unknown>;
    outreach: { clients: number; tasks: number; messagesQueued: number; toReachOtherwise: number };
  };
}

/** Makes `userId` the stand-in for a client of a disruption, as the oversight feature does. */
export async function standInFor(
  t: TestApp,
  workspaceId: string,
  disruptionId: string,
  clientId: string,
  userId: string,
) {
  await t.database.db.execute(sql`
    update disruption_clients set stand_in_user_id = ${userId}
    where workspace_id = ${workspaceId} and disruption_id = ${disruptionId} and client_id = ${clientId}`);
  await t.database.db.execute(sql`
    insert into client_assignments (workspace_id, client_id, user_id, disruption_id)
    values (${workspaceId}, ${clientId}, ${userId}, ${disruptionId}) on conflict do nothing`);
}

/** Every page of a cursor-paged list. */
export async function allPages<T>(api: ApiClient, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await api.get(`${path}${cursor ? `${separator}cursor=${cursor}` : ''}`);
    if (page.status !== 200) throw new Error(`${path}: ${page.status} ${JSON.stringify(page.body)}`);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}
