import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { daysBetween, todayIn } from '../../core/calendar/today-in.ts';
import { notFound } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { clients } from '../../db/schema/index.ts';
import { visibleClientCondition } from './visibility.ts';

/**
 * A client with the relationship at a glance: tenure, last contact, what is owed to them.
 * This is the most-read page of the app, so the client, the visibility check and the
 * figures come in one statement: each round trip costs more than the lookups themselves.
 * 404 alike for a client that does not exist, is elsewhere, or is not this stand-in's.
 */
export async function getClient(db: Db, actor: Actor, clientId: string, now: Date) {
  const w = actor.workspaceId;
  const [row] = await db
    .select({
      client: clients,
      timezone: sql<string>`(select timezone from workspaces where id = ${w})`,
      lastContactAt: sql<string | Date | null>`(select max(occurred_at) from interactions
        where workspace_id = ${w} and client_id = ${clientId} and direction <> 'internal')`,
      openCallbacks: sql<number>`(select count(*)::int from callbacks
        where workspace_id = ${w} and client_id = ${clientId} and answered_at is null)`,
      overdueCallbacks: sql<number>`(select count(*)::int from callbacks
        where workspace_id = ${w} and client_id = ${clientId} and answered_at is null
          and due_at < ${now.toISOString()})`,
      openTasks: sql<number>`(select count(*)::int from tasks
        where workspace_id = ${w} and client_id = ${clientId} and done_at is null)`,
    })
    .from(clients)
    .where(and(eq(clients.workspaceId, w), eq(clients.id, clientId), visibleClientCondition(actor)))
    .limit(1);
  if (!row) throw notFound('Client');
  const { client, lastContactAt } = row;
  return {
    ...client,
    summary: {
      tenureDays: Math.max(0, daysBetween(client.since, todayIn(now, row.timezone ?? 'UTC'))),
      lastContactAt: lastContactAt ? new Date(lastContactAt) : null,
      openCallbacks: Number(row.openCallbacks),
      overdueCallbacks: Number(row.overdueCallbacks),
      openTasks: Number(row.openTasks),
    },
  };
}
