import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { daysBetween, todayIn } from '../../core/calendar/today-in.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { requireVisibleClient } from './visibility.ts';

/**
 * A client with the relationship at a glance: tenure, last contact, what is owed to them.
 * The figures come in a single query: this is the most-read page of the app.
 */
export async function getClient(db: Db, actor: Actor, clientId: string, now: Date) {
  const client = await requireVisibleClient(db, actor, clientId);
  const [counts] = await queryRows<{
    timezone: string;
    last_contact_at: string | Date | null;
    open_callbacks: number;
    overdue_callbacks: number;
    open_tasks: number;
  }>(
    db,
    sql`select
      (select timezone from workspaces where id = ${actor.workspaceId}) as timezone,
      (select max(occurred_at) from interactions
        where workspace_id = ${actor.workspaceId} and client_id = ${clientId} and direction <> 'internal') as last_contact_at,
      (select count(*)::int from callbacks
        where workspace_id = ${actor.workspaceId} and client_id = ${clientId} and answered_at is null) as open_callbacks,
      (select count(*)::int from callbacks
        where workspace_id = ${actor.workspaceId} and client_id = ${clientId} and answered_at is null
          and due_at < ${now.toISOString()}) as overdue_callbacks,
      (select count(*)::int from tasks
        where workspace_id = ${actor.workspaceId} and client_id = ${clientId} and done_at is null) as open_tasks`,
  );
  const lastContact = counts?.last_contact_at;
  return {
    ...client,
    summary: {
      tenureDays: Math.max(0, daysBetween(client.since, todayIn(now, counts?.timezone ?? 'UTC'))),
      lastContactAt: lastContact ? new Date(lastContact) : null,
      openCallbacks: counts?.open_callbacks ?? 0,
      overdueCallbacks: counts?.overdue_callbacks ?? 0,
      openTasks: counts?.open_tasks ?? 0,
    },
  };
}
