import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { workspaceCurrency } from '../billing-shared/workspace-currency.ts';
import { requireManager } from '../disruptions/disruption-access.ts';
import { requireDisruption } from '../disruptions/require-disruption.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { ListThankYousQuery, ThankYouPage } from './schemas.ts';
import { thankYouViews } from './thank-you-rows.ts';

const cursorKey = z.tuple([z.string(), z.uuid()]);

const STATUS_FILTER = {
  none: sql`and t.id is null`,
  chosen: sql`and t.status = 'chosen'`,
  done: sql`and t.status = 'done'`,
};

/** Step 6 per affected client, by name: their live thank-you (or none yet) and the progress overall. */
export async function listThankYous(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: ListThankYousQuery,
  now: Date,
): Promise<ThankYouPage> {
  requireManager(actor);
  const disruption = await requireDisruption(db, actor, disruptionId);
  const { today } = await workspaceContext(db, actor.workspaceId, now);
  const ws = actor.workspaceId;
  const joined = sql`from disruption_clients dc
    join clients c on c.workspace_id = dc.workspace_id and c.id = dc.client_id
    left join disruption_thank_yous t on t.workspace_id = dc.workspace_id and t.disruption_id = dc.disruption_id
      and t.client_id = dc.client_id and t.status <> 'cancelled'
    where dc.workspace_id = ${ws} and dc.disruption_id = ${disruptionId} and dc.removed_at is null`;
  const after = query.cursor
    ? (([name, id]) => sql`and (lower(c.name), c.id) > (${name}, ${id}::uuid)`)(
        readCursor(query.cursor, cursorKey),
      )
    : sql``;
  const search = query.q ? sql`and strpos(lower(c.name), ${query.q.toLowerCase()}) > 0` : sql``;
  const rows = await queryRows<{
    id: string;
    name: string;
    sort_name: string;
    thank_you_id: string | null;
    live: boolean;
  }>(
    db,
    sql`select c.id, c.name, lower(c.name) as sort_name, t.id as thank_you_id,
          exists (select 1 from agreements a where a.workspace_id = dc.workspace_id and a.client_id = dc.client_id
            and a.status = 'active' and (a.term_end is null or a.term_end >= ${today}::date)) as live
        ${joined} ${after} ${search} ${query.status ? STATUS_FILTER[query.status] : sql``}
        order by lower(c.name), c.id limit ${query.limit + 1}`,
  );
  const [progress] = await queryRows<{ clients: number; chosen: number; done: number }>(
    db,
    sql`select count(*)::int as clients, (count(*) filter (where t.status = 'chosen'))::int as chosen,
          (count(*) filter (where t.status = 'done'))::int as done ${joined}`,
  );
  const page = rows.slice(0, query.limit);
  const views = await thankYouViews(
    db,
    ws,
    page.flatMap((row) => (row.thank_you_id ? [row.thank_you_id] : [])),
  );
  const last = rows.length > query.limit ? page.at(-1) : undefined;
  const counts = progress ?? { clients: 0, chosen: 0, done: 0 };
  return {
    status: disruption.status,
    resolvedOn: disruption.resolvedOn,
    currency: await workspaceCurrency(db, ws),
    progress: { ...counts, none: counts.clients - counts.chosen - counts.done },
    items: page.map((row) => ({
      clientId: row.id,
      clientName: row.name,
      hasLiveAgreement: row.live,
      thankYou: views.find((view) => view.id === row.thank_you_id) ?? null,
    })),
    nextCursor: last ? encodeCursor([last.sort_name, last.id]) : null,
  };
}
