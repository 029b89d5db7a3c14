import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/actor.ts';
import { boardFigures, type FigureCounts } from '../../core/disruptions/board-figures.ts';
import { CONTACT_WINDOW_MS } from '../../core/disruptions/board-state.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { type BoardContext, disruptionCallbacks, epochMs, loadBoardContext } from './board-context.ts';
import type { BoardFiguresView } from './schemas.ts';

type CountRow = Record<
  | 'clients'
  | 'within_24h'
  | 'late'
  | 'told'
  | 'told_current'
  | 'told_kept'
  | 'answered_on_time'
  | 'answered_late'
  | 'open_overdue'
  | 'open_not_due'
  | 'submitted'
  | 'accepted'
  | 'sent_back'
  | 'chosen'
  | 'done',
  number
>;

/**
 * The board's figures over the affected clients the actor may see: one aggregate statement
 * for the counts and one for the promise history, whatever the number of clients; the
 * rules that turn counts into figures are the core's (`boardFigures`).
 */
export async function getBoardFigures(
  db: Db,
  actor: Actor,
  disruptionId: string,
  now: Date,
): Promise<BoardFiguresView> {
  const context = await loadBoardContext(db, actor, disruptionId, now);
  const [row] = await queryRows<CountRow>(db, countsSql(context, now));
  const history = await queryRows<{ promised_on: string; created_ms: number }>(
    db,
    sql`select promised_on::text as promised_on, ${epochMs(sql`created_at`)} as created_ms
        from disruption_promises
        where workspace_id = ${actor.workspaceId} and disruption_id = ${disruptionId}
        order by created_at, id`,
  );
  if (!row) throw new Error('figure counts returned no row');
  const counts: FigureCounts = {
    clients: row.clients,
    contactedWithin24h: row.within_24h,
    contactedLate: row.late,
    callbacks: {
      answeredOnTime: row.answered_on_time,
      answeredLate: row.answered_late,
      openOverdue: row.open_overdue,
      openNotDue: row.open_not_due,
    },
    reports: { submitted: row.submitted, accepted: row.accepted, sent_back: row.sent_back },
    clientsTold: row.told,
    clientsToldCurrent: row.told_current,
    clientsToldKept: row.told_kept,
    thankYous: { chosen: row.chosen, done: row.done },
  };
  const { disruption } = context;
  const figures = boardFigures(
    { status: disruption.status, resolvedOn: disruption.resolvedOn, resolvedAt: disruption.resolvedAt },
    counts,
    history.map((p) => ({ promisedOn: p.promised_on, createdAt: new Date(p.created_ms) })),
  );
  return { status: disruption.status, ...figures };
}

// Each table is read once: the clients in scope are a CTE the others join to.
function countsSql(context: BoardContext, now: Date) {
  const { disruption } = context;
  const at = sql`${now.toISOString()}::timestamptz`;
  const window = sql`${`${CONTACT_WINDOW_MS} milliseconds`}::interval`;
  const scoped = (alias: string) =>
    sql.raw(`${alias}.workspace_id = dc.workspace_id and ${alias}.disruption_id = dc.disruption_id
      and ${alias}.client_id = dc.client_id`);
  return sql`
    with dc as materialized (
      select dc.workspace_id, dc.disruption_id, dc.client_id, dc.added_at, dc.contacted_at, dc.told_promised_on
      from disruption_clients dc where ${context.scope}
    ),
    per_client as (
      select count(*)::int as clients,
        (count(*) filter (where contacted_at <= added_at + ${window}))::int as within_24h,
        (count(*) filter (where contacted_at > added_at + ${window}))::int as late,
        (count(*) filter (where told_promised_on is not null))::int as told,
        (count(*) filter (where told_promised_on = ${disruption.promisedOn}::date))::int as told_current,
        (count(*) filter (where told_promised_on >= ${disruption.resolvedOn}::date))::int as told_kept
      from dc
    ),
    calls as (
      select (count(*) filter (where cb.answered_at <= cb.due_at))::int as answered_on_time,
        (count(*) filter (where cb.answered_at > cb.due_at))::int as answered_late,
        (count(*) filter (where cb.answered_at is null and cb.due_at < ${at}))::int as open_overdue,
        (count(*) filter (where cb.answered_at is null and cb.due_at >= ${at}))::int as open_not_due
      from dc join callbacks cb on ${disruptionCallbacks(context)}
    ),
    reports as (
      select (count(*) filter (where r.status = 'submitted'))::int as submitted,
        (count(*) filter (where r.status = 'accepted'))::int as accepted,
        (count(*) filter (where r.status = 'sent_back'))::int as sent_back
      from dc join disruption_reports r on ${scoped('r')}
    ),
    thanks as (
      select (count(*) filter (where t.status = 'chosen'))::int as chosen,
        (count(*) filter (where t.status = 'done'))::int as done
      from dc join disruption_thank_yous t on ${scoped('t')} and t.status <> 'cancelled'
    )
    select * from per_client, calls, reports, thanks`;
}
