import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { daysBetween, todayIn } from '../../core/calendar/today-in.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agreements, interactions } from '../../db/schema/index.ts';
import type { RelationshipView } from './schemas.ts';

const RECENT_INTERACTIONS = 5;

/**
 * The relationship at a glance for the person on the call — shown before any offer:
 * tenure, lifetime value, contact, callbacks and tasks owed, earlier calls, the latest
 * touches. Counts in one query; money left out for a stand-in. `caseId` is the case being
 * worked, left out of the earlier cases; null outside a case (the client's own summary).
 */
export async function relationshipSummary(
  db: Db,
  actor: Actor,
  client: { id: string; since: string },
  caseId: string | null,
  now: Date,
): Promise<RelationshipView> {
  const ws = actor.workspaceId;
  const seesMoney = policies.seeBilling(actor);
  const [counts] = await queryRows<{
    timezone: string;
    currency: string;
    last_contact_at: string | Date | null;
    open_callbacks: number;
    overdue_callbacks: number;
    open_tasks: number;
    earlier_cases: number;
    lifetime_value: string;
  }>(
    db,
    sql`select w.timezone, w.currency,
      (select max(occurred_at) from interactions
        where workspace_id = ${ws} and client_id = ${client.id} and direction <> 'internal') as last_contact_at,
      (select count(*)::int from callbacks
        where workspace_id = ${ws} and client_id = ${client.id} and answered_at is null) as open_callbacks,
      (select count(*)::int from callbacks
        where workspace_id = ${ws} and client_id = ${client.id} and answered_at is null
          and due_at < ${now.toISOString()}) as overdue_callbacks,
      (select count(*)::int from tasks
        where workspace_id = ${ws} and client_id = ${client.id} and done_at is null) as open_tasks,
      (select count(*)::int from save_cases
        where workspace_id = ${ws} and client_id = ${client.id}
          ${caseId ? sql`and id <> ${caseId}` : sql``}) as earlier_cases,
      (select coalesce(sum(paid_minor), 0)::bigint from invoices
        where workspace_id = ${ws} and client_id = ${client.id} and status <> 'void') as lifetime_value
    from workspaces w where w.id = ${ws}`,
  );
  const recent = await db
    .select()
    .from(interactions)
    .where(
      and(
        eq(interactions.workspaceId, ws),
        eq(interactions.clientId, client.id),
        ne(interactions.direction, 'internal'),
      ),
    )
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .limit(RECENT_INTERACTIONS);
  const agreementRows = seesMoney
    ? await db
        .select()
        .from(agreements)
        .where(and(eq(agreements.workspaceId, ws), eq(agreements.clientId, client.id)))
        .orderBy(desc(agreements.startsOn), desc(agreements.id))
    : [];
  const lastContact = counts?.last_contact_at;
  return {
    since: client.since,
    tenureDays: Math.max(0, daysBetween(client.since, todayIn(now, counts?.timezone ?? 'UTC'))),
    lifetimeValueMinor: seesMoney ? Number(counts?.lifetime_value ?? 0) : null,
    currency: counts?.currency ?? 'USD',
    lastContactAt: lastContact ? new Date(lastContact).toISOString() : null,
    openCallbacks: counts?.open_callbacks ?? 0,
    overdueCallbacks: counts?.overdue_callbacks ?? 0,
    openTasks: counts?.open_tasks ?? 0,
    earlierCases: counts?.earlier_cases ?? 0,
    recentInteractions: recent.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      channel: row.channel,
      direction: row.direction,
      summary: row.summary,
    })),
    agreements: agreementRows.map((row) => ({
      id: row.id,
      description: row.description,
      priceMinor: row.priceMinor,
      interval: row.interval,
      status: row.status,
      startsOn: row.startsOn,
    })),
  };
}
