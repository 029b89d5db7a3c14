import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor.ts';
import { boardCells, type ClientFacts } from '../../core/disruptions/board-state.ts';
import { PLAYBOOK_STEPS, type ReportStatus, type ThankYouKind } from '../../core/disruptions/vocabulary.ts';
import { encodeCursor } from '../../core/pagination/cursor.ts';
import type { Db } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { readCursor } from '../shared/read-cursor.ts';
import { type BoardContext, disruptionCallbacks, epochMs, loadBoardContext } from './board-context.ts';
import type { BoardPage, BoardQuery } from './schemas.ts';
import { stepStateSql } from './step-state-sql.ts';

interface FactRow {
  client_id: string;
  name: string;
  sort_name: string;
  stand_in_id: string | null;
  stand_in_name: string | null;
  added_ms: number;
  contacted_ms: number | null;
  next_update_due_on: string | null;
  told_promised_on: string | null;
  answered_on_time: number;
  answered_late: number;
  open_overdue: number;
  open_not_due: number;
  report_status: ReportStatus | null;
  report_ms: number | null;
  meetings_held: number | null;
  next_meeting_ms: number | null;
  input_count: number | null;
  thank_kind: ThankYouKind | null;
  thank_status: 'chosen' | 'done' | null;
}

const cursorKey = z.tuple([z.string(), z.uuid()]);

/**
 * A page of the board: affected clients by name, each with its six cells; with `step` and
 * `state`, only those whose cell on that step is in one of the states (`stepStateSql`).
 * The page is chosen first; every other table is read once for the page's clients
 * (callbacks by their client index, the disruption's own rows by theirs), so page 50
 * costs what page 1 does.
 */
export async function listBoard(
  db: Db,
  actor: Actor,
  disruptionId: string,
  query: BoardQuery,
  now: Date,
): Promise<BoardPage> {
  const context = await loadBoardContext(db, actor, disruptionId, now);
  const rows = await queryRows<FactRow>(db, boardSql(context, query, now));
  const items = rows.slice(0, query.limit).map((row) => ({
    clientId: row.client_id,
    clientName: row.name,
    standIn: row.stand_in_id && row.stand_in_name ? { id: row.stand_in_id, name: row.stand_in_name } : null,
    cells: boardCells(context.facts, toFacts(row), now, context.today),
  }));
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return {
    steps: [...PLAYBOOK_STEPS],
    status: context.disruption.status,
    items,
    nextCursor: last ? encodeCursor([last.sort_name, last.client_id]) : null,
  };
}

function boardSql(context: BoardContext, query: BoardQuery, now: Date) {
  const ws = context.disruption.workspaceId;
  const id = context.disruption.id;
  const at = sql`${now.toISOString()}::timestamptz`;
  const after = query.cursor
    ? (([name, clientId]) => sql`and (lower(c.name), c.id) > (${name}, ${clientId}::uuid)`)(
        readCursor(query.cursor, cursorKey),
      )
    : sql``;
  const search = query.q ? sql`and strpos(lower(c.name), ${query.q.toLowerCase()}) > 0` : sql``;
  const filter = stateFilter(context, query, now);
  const inPage = (alias: string) => sql.raw(`${alias}.client_id in (select client_id from page)`);
  return sql`
    with page as (
      select dc.workspace_id, dc.client_id, c.name, lower(c.name) as sort_name, dc.added_at,
        ${epochMs(sql`dc.added_at`)} as added_ms, ${epochMs(sql`dc.contacted_at`)} as contacted_ms,
        dc.next_update_due_on::text as next_update_due_on, dc.told_promised_on::text as told_promised_on,
        u.id as stand_in_id, u.name as stand_in_name
      from disruption_clients dc
      join clients c on c.workspace_id = dc.workspace_id and c.id = dc.client_id
      left join users u on u.workspace_id = dc.workspace_id and u.id = dc.stand_in_user_id
      ${filter.joins}
      where ${context.scope} ${after} ${search} ${filter.where}
      order by lower(c.name), c.id
      limit ${query.limit + 1}
    ),
    latest_report as (
      select distinct on (r.client_id) r.client_id, r.status::text as status, ${epochMs(sql`r.created_at`)} as ms
      from disruption_reports r
      where r.workspace_id = ${ws} and r.disruption_id = ${id} and ${inPage('r')}
      order by r.client_id, r.created_at desc, r.id desc
    ),
    meetings as (
      select m.client_id, (count(*) filter (where m.status = 'held'))::int as held,
        min(${epochMs(sql`m.starts_at`)}) filter (where m.status = 'scheduled') as next_ms
      from disruption_meetings m
      where m.workspace_id = ${ws} and m.disruption_id = ${id} and ${inPage('m')}
      group by m.client_id
    ),
    inputs as (
      select i.client_id, count(*)::int as n from disruption_inputs i
      where i.workspace_id = ${ws} and i.disruption_id = ${id} and ${inPage('i')}
      group by i.client_id
    ),
    thanks as (
      select t.client_id, t.kind::text as kind, t.status::text as status from disruption_thank_yous t
      where t.workspace_id = ${ws} and t.disruption_id = ${id} and t.status <> 'cancelled' and ${inPage('t')}
    )
    select dc.*,
      cb.answered_on_time, cb.answered_late, cb.open_overdue, cb.open_not_due,
      latest_report.status as report_status, latest_report.ms as report_ms,
      meetings.held as meetings_held, meetings.next_ms as next_meeting_ms,
      inputs.n as input_count, thanks.kind as thank_kind, thanks.status as thank_status
    from page dc
    cross join lateral (
      select (count(*) filter (where cb.answered_at <= cb.due_at))::int as answered_on_time,
        (count(*) filter (where cb.answered_at > cb.due_at))::int as answered_late,
        (count(*) filter (where cb.answered_at is null and cb.due_at < ${at}))::int as open_overdue,
        (count(*) filter (where cb.answered_at is null and cb.due_at >= ${at}))::int as open_not_due
      from callbacks cb where ${disruptionCallbacks(context)}
    ) cb
    left join latest_report on latest_report.client_id = dc.client_id
    left join meetings on meetings.client_id = dc.client_id
    left join inputs on inputs.client_id = dc.client_id
    left join thanks on thanks.client_id = dc.client_id
    order by dc.sort_name, dc.client_id`;
}

/** With `step` and `state`: the joins the step's state needs and the condition on it. */
function stateFilter(context: BoardContext, query: BoardQuery, now: Date) {
  if (!query.step || !query.state) return { joins: sql``, where: sql`` };
  const step = stepStateSql(query.step, context, now);
  const states = sql.join(
    query.state.map((state) => sql`${state}`),
    sql`, `,
  );
  return { joins: step.joins, where: sql`and (${step.state}) in (${states})` };
}

function toFacts(row: FactRow): ClientFacts {
  return {
    addedAt: new Date(row.added_ms),
    contactedAt: row.contacted_ms === null ? null : new Date(row.contacted_ms),
    nextUpdateDueOn: row.next_update_due_on,
    callbacks: {
      answeredOnTime: row.answered_on_time,
      answeredLate: row.answered_late,
      openOverdue: row.open_overdue,
      openNotDue: row.open_not_due,
    },
    standInName: row.stand_in_name,
    latestReport:
      row.report_status && row.report_ms !== null
        ? { status: row.report_status, createdAt: new Date(row.report_ms) }
        : null,
    toldPromisedOn: row.told_promised_on,
    meetingsHeld: row.meetings_held ?? 0,
    nextMeetingAt: row.next_meeting_ms === null ? null : new Date(row.next_meeting_ms),
    inputCount: row.input_count ?? 0,
    thankYou: row.thank_kind && row.thank_status ? { kind: row.thank_kind, status: row.thank_status } : null,
  };
}
