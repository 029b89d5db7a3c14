import { and, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { type Actor, policies } from '../../core/auth/actor.ts';
import { AppError, forbidden } from '../../core/errors/app-error.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { disruptionReports } from '../../db/schema/index.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';
import { selectReports } from './report-rows.ts';
import type { DigestQuery, DigestView } from './schemas.ts';

/** The digest lists at most this many reports in all, newest first. */
const MAX_REPORTS = 1000;

/**
 * "Get the details you need" (the article, step 3): for each stand-in of the disruption —
 * anyone who stands or stood in for one of its clients, or filed a report on it — every
 * change they made in the window, from the audit log, by action and by client, and their
 * reports. The client of an audit entry is the `clientId` of its before or after image,
 * or the entity itself when it is a client.
 */
export async function getStandInDigest(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: DigestQuery,
): Promise<DigestView> {
  if (!policies.reviewReports(actor)) throw forbidden('Only the owner sees what each stand-in touched');
  const disruption = await requireDisruption(db, actor, disruptionId);
  const from = query.from ?? new Date(`${disruption.startedOn}T00:00:00Z`);
  const to = query.to ?? null;
  if (to && to.getTime() <= from.getTime()) {
    throw new AppError('invalid_input', 'The window ends before it starts', [
      { path: 'to', message: 'After from' },
    ]);
  }
  const ws = actor.workspaceId;
  const users = await queryRows<{ id: string; name: string; email: string; assigned: number }>(
    db,
    sql`select u.id, u.name, u.email,
          (select count(*)::int from disruption_clients dc where dc.workspace_id = u.workspace_id
             and dc.disruption_id = ${disruptionId} and dc.stand_in_user_id = u.id and dc.removed_at is null) as assigned
        from users u
        where u.workspace_id = ${ws} and u.role = 'stand_in' and (
          exists (select 1 from disruption_clients dc where dc.workspace_id = u.workspace_id
                    and dc.disruption_id = ${disruptionId} and dc.stand_in_user_id = u.id)
          or exists (select 1 from disruption_reports r where r.workspace_id = u.workspace_id
                    and r.disruption_id = ${disruptionId} and r.author_user_id = u.id)
          or exists (select 1 from audit_log a where a.workspace_id = u.workspace_id and a.action = 'disruption.stand_in'
                    and a.entity_id = ${disruptionId} and a.after->>'standInUserId' = u.id::text))
        order by lower(u.name), u.id`,
  );
  const ids = users.map((user) => user.id);
  if (ids.length === 0) return { from: from.toISOString(), to: to?.toISOString() ?? null, standIns: [] };

  const inWindow = sql`a.workspace_id = ${ws} and a.actor_user_id = any(${sql.param(ids)}::uuid[])
    and a.at >= ${from.toISOString()}::timestamptz ${to ? sql`and a.at < ${to.toISOString()}::timestamptz` : sql``}`;
  const actions = await queryRows<{ user_id: string; action: string; count: number }>(
    db,
    sql`select a.actor_user_id as user_id, a.action, count(*)::int as count from audit_log a
        where ${inWindow} group by a.actor_user_id, a.action order by count desc, a.action`,
  );
  const touched = await queryRows<{ user_id: string; id: string; name: string; count: number }>(
    db,
    sql`select t.user_id, c.id, c.name, count(*)::int as count
        from (select a.actor_user_id as user_id,
                coalesce(a.after->>'clientId', a.before->>'clientId',
                         case when a.entity_type = 'client' then a.entity_id end) as client_id
              from audit_log a where ${inWindow}) t
        join clients c on c.workspace_id = ${ws} and c.id::text = t.client_id
        group by t.user_id, c.id, c.name order by count desc, lower(c.name), c.id`,
  );
  const reportWhere: SQL[] = [
    eq(disruptionReports.disruptionId, disruptionId),
    inArray(disruptionReports.authorUserId, ids),
    gte(disruptionReports.createdAt, from),
  ];
  if (to) reportWhere.push(lt(disruptionReports.createdAt, to));
  const reports = await selectReports(db, actor, [and(...reportWhere)], MAX_REPORTS);

  return {
    from: from.toISOString(),
    to: to?.toISOString() ?? null,
    standIns: users.map((user) => ({
      user: { id: user.id, name: user.name, email: user.email },
      assignedClients: user.assigned,
      actions: actions
        .filter((row) => row.user_id === user.id)
        .map(({ action, count }) => ({ action, count })),
      clientsTouched: touched
        .filter((row) => row.user_id === user.id)
        .map(({ id, name, count }) => ({ id, name, count })),
      reports: reports.filter((report) => report.author.id === user.id),
    })),
  };
}
