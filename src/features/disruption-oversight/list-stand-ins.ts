import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import type { ReportStatus } from '../../core/disruptions/vocabulary.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { requireManager } from '../disruptions/disruption-access.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';
import type { StandInSummary } from './schemas.ts';

/**
 * Every stand-in of the workspace with the clients they stand in for in this disruption and
 * their reports by status — the team's picture of who covers whom. A disabled stand-in is
 * listed only while they still have clients or reports here.
 */
export async function listStandIns(db: Db, actor: Actor, disruptionId: string): Promise<StandInSummary[]> {
  requireManager(actor);
  await requireDisruption(db, actor, disruptionId);
  const ws = actor.workspaceId;
  const users = await queryRows<{ id: string; name: string; email: string; disabled: boolean }>(
    db,
    sql`select id, name, email, disabled_at is not null as disabled from users
        where workspace_id = ${ws} and role = 'stand_in' order by lower(name), id`,
  );
  const clients = await queryRows<{ user_id: string; id: string; name: string }>(
    db,
    sql`select dc.stand_in_user_id as user_id, c.id, c.name
        from disruption_clients dc join clients c on c.workspace_id = dc.workspace_id and c.id = dc.client_id
        where dc.workspace_id = ${ws} and dc.disruption_id = ${disruptionId}
          and dc.stand_in_user_id is not null and dc.removed_at is null
        order by lower(c.name), c.id`,
  );
  const counts = await queryRows<{ user_id: string; status: ReportStatus; n: number }>(
    db,
    sql`select author_user_id as user_id, status::text as status, count(*)::int as n from disruption_reports
        where workspace_id = ${ws} and disruption_id = ${disruptionId} group by author_user_id, status`,
  );

  return users
    .map((user): StandInSummary => {
      const reports = { submitted: 0, accepted: 0, sent_back: 0 };
      for (const row of counts) if (row.user_id === user.id) reports[row.status] = row.n;
      return {
        user,
        clients: clients.filter((row) => row.user_id === user.id).map(({ id, name }) => ({ id, name })),
        reports,
      };
    })
    .filter(
      (summary) =>
        !summary.user.disabled ||
        summary.clients.length > 0 ||
        Object.values(summary.reports).some((n) => n > 0),
    );
}
