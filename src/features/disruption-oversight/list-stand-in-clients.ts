import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, policies } from '../../core/auth/actor.ts';
import type { ReportStatus } from '../../core/disruptions/vocabulary.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { requireReadableDisruption } from '../disruptions/disruption-access.ts';
import { readCursor } from '../shared/read-cursor.ts';
import type { StandInClientsQuery, StandInClientView } from './schemas.ts';

const cursorKey = z.tuple([z.string(), z.uuid()]);

interface Row {
  id: string;
  name: string;
  sort_name: string;
  email: string | null;
  stand_in_id: string | null;
  stand_in_name: string | null;
  report_id: string | null;
  report_status: ReportStatus | null;
  report_at: string | Date | null;
}

/**
 * The disruption's affected clients with who stands in for each, by name: the team's
 * assignment table, or — for a stand-in — "your clients".
 */
export async function listStandInClients(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: StandInClientsQuery,
): Promise<{ items: StandInClientView[]; nextCursor: string | null }> {
  await requireReadableDisruption(db, actor, disruptionId);
  const conditions = [sql`dc.workspace_id = ${actor.workspaceId}`, sql`dc.disruption_id = ${disruptionId}`];
  conditions.push(sql`dc.removed_at is null`);
  if (!policies.seesAllClients(actor)) conditions.push(sql`dc.stand_in_user_id = ${actor.userId}`);
  if (query.standIn === 'none') conditions.push(sql`dc.stand_in_user_id is null`);
  else if (query.standIn) conditions.push(sql`dc.stand_in_user_id = ${query.standIn}`);
  if (query.cursor) {
    const [name, id] = readCursor(query.cursor, cursorKey);
    conditions.push(sql`(lower(c.name), c.id) > (${name}, ${id}::uuid)`);
  }
  const rows = await queryRows<Row>(
    db,
    sql`select c.id, c.name, lower(c.name) as sort_name, c.email, u.id as stand_in_id, u.name as stand_in_name,
          r.id as report_id, r.status::text as report_status, r.created_at as report_at
        from disruption_clients dc
        join clients c on c.workspace_id = dc.workspace_id and c.id = dc.client_id
        left join users u on u.workspace_id = dc.workspace_id and u.id = dc.stand_in_user_id
        left join lateral (select id, status, created_at from disruption_reports r
          where r.workspace_id = dc.workspace_id and r.disruption_id = dc.disruption_id and r.client_id = dc.client_id
          order by created_at desc, id desc limit 1) r on true
        where ${sql.join(conditions, sql` and `)}
        order by lower(c.name), c.id
        limit ${query.limit + 1}`,
  );
  const items = rows.slice(0, query.limit).map(
    (row): StandInClientView => ({
      client: { id: row.id, name: row.name, email: row.email },
      standIn: row.stand_in_id && row.stand_in_name ? { id: row.stand_in_id, name: row.stand_in_name } : null,
      lastReport:
        row.report_id && row.report_status && row.report_at
          ? { id: row.report_id, status: row.report_status, createdAt: new Date(row.report_at).toISOString() }
          : null,
    }),
  );
  const last = rows[query.limit - 1];
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_name, last.id]) : null,
  };
}
