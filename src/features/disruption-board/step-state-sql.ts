import { type SQL, sql } from 'drizzle-orm';
import { type CellState, CONTACT_WINDOW_MS, thankYouLate } from '../../core/disruptions/board-state.ts';
import type { PlaybookStep } from '../../core/disruptions/vocabulary.ts';
import { type BoardContext, disruptionCallbacks } from './board-context.ts';

/**
 * One step's cell state as SQL, so the board can be filtered by it ("who has not been
 * contacted", "whose report was sent back") and still page by cursor in the database.
 *
 * Why SQL and not the core in memory: the core's `boardCells` is the rule, but filtering
 * with it means reading every client's facts out of the database first. Measured on the
 * bench's 10,000 clients (2 cores, 2026-11-24), the facts of the whole disruption take
 * 280–360 ms p50 on PGlite (most of it turning 10,000 rows into JavaScript: 10,000 rows of
 * four plain columns alone took 80 ms) and 170–190 ms on PostgreSQL, p95 up to 500 ms:
 * past the 200 ms aim before any page is drawn. Asked in the database, the filtered first
 * page costs about what the unfiltered one does (see BENCHMARKS.md). The price is a second
 * spelling of the rules: each branch below follows the core function named beside it, in
 * the same order, and `board-filter.test.ts` checks that the two agree on a generated data
 * set, every step and state, on both engines. Change one, change the other.
 *
 * `joins` adds what the step needs to `disruption_clients dc` (with `users u`, the
 * stand-in, already joined); `state` is then the state, as text, per row.
 */
export interface StepStateSql {
  joins: SQL;
  state: SQL;
}

export function stepStateSql(step: PlaybookStep, context: BoardContext, now: Date): StepStateSql {
  return STEP_SQL[step](context, now);
}

const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;
const text = (state: CellState) => sql.raw(`'${state}'`);
const constant = (state: CellState): StepStateSql => ({ joins: sql``, state: sql`${text(state)}::text` });

const STEP_SQL: Record<PlaybookStep, (context: BoardContext, now: Date) => StepStateSql> = {
  // contactCell: contacted → done; the 24 h window closed → overdue; else due.
  contact: (_context, now) => ({
    joins: sql``,
    state: sql`case when dc.contacted_at is not null then 'done'
      when ${at(now)} > dc.added_at + ${`${CONTACT_WINDOW_MS} milliseconds`}::interval then 'overdue'
      else 'due' end`,
  }),

  // communicateCell: a callback overdue; then, resolved: an open callback or done; active: a
  // missed update, an open callback, not contacted yet, an update due today, else done.
  communicate: (context, now) => {
    const { status } = context.disruption;
    const joins = sql`left join lateral (
        select bool_or(cb.due_at < ${at(now)}) as open_overdue, bool_or(cb.due_at >= ${at(now)}) as open_not_due
        from callbacks cb where ${disruptionCallbacks(context)} and cb.answered_at is null
      ) step_cb on true`;
    const today = sql`${context.today}::date`;
    const rest =
      status === 'resolved'
        ? sql`when step_cb.open_not_due then 'due' else 'done'`
        : sql`when dc.next_update_due_on < ${today} then 'overdue'
          when step_cb.open_not_due then 'due'
          when dc.contacted_at is null or dc.next_update_due_on is null then 'not_started'
          when dc.next_update_due_on = ${today} then 'due'
          else 'done'`;
    return { joins, state: sql`case when step_cb.open_overdue then 'overdue' ${rest} end` };
  },

  // overseeCell: no stand-in → not needed; else by the latest report's status.
  oversee: (context) => ({
    joins: sql`left join (
        select distinct on (r.client_id) r.client_id, r.status::text as status from disruption_reports r
        where r.workspace_id = ${context.disruption.workspaceId} and r.disruption_id = ${context.disruption.id}
        order by r.client_id, r.created_at desc, r.id desc
      ) step_report on step_report.client_id = dc.client_id`,
    state: sql`case when u.id is null then 'not_needed'
      when step_report.status is null then 'not_started'
      when step_report.status = 'submitted' then 'due'
      when step_report.status = 'sent_back' then 'overdue'
      else 'done' end`,
  }),

  // timeFrameCell: resolved → done if told a date, else not needed; active → by the promise.
  time_frame: (context) => {
    const { status, promisedOn } = context.disruption;
    if (status === 'resolved') {
      return {
        joins: sql``,
        state: sql`case when dc.told_promised_on is null then 'not_needed' else 'done' end`,
      };
    }
    if (!promisedOn) return constant('not_started');
    return {
      joins: sql``,
      state: sql`case when dc.told_promised_on = ${promisedOn}::date then 'done'
        when dc.told_promised_on is null then 'due' else 'overdue' end`,
    };
  },

  // planCell: no plan → not started; held and input → done; a scheduled meeting passed →
  // overdue; else due.
  plan: (context, now) => {
    if (context.facts.planStepCount === 0) return constant('not_started');
    const { workspaceId, id } = context.disruption;
    return {
      joins: sql`left join (
          select m.client_id, bool_or(m.status = 'held') as held,
            bool_or(m.status = 'scheduled' and m.starts_at < ${at(now)}) as passed
          from disruption_meetings m where m.workspace_id = ${workspaceId} and m.disruption_id = ${id}
          group by m.client_id
        ) step_meetings on step_meetings.client_id = dc.client_id
        left join (
          select distinct i.client_id from disruption_inputs i
          where i.workspace_id = ${workspaceId} and i.disruption_id = ${id}
        ) step_inputs on step_inputs.client_id = dc.client_id`,
      state: sql`case when step_meetings.held and step_inputs.client_id is not null then 'done'
        when step_meetings.passed then 'overdue' else 'due' end`,
    };
  },

  // thankCell: before resolution → not started; the live thank-you done → done; else due,
  // or overdue once the days for it have passed.
  thank: (context) => {
    const { status, resolvedOn, workspaceId, id } = context.disruption;
    if (status !== 'resolved' || !resolvedOn) return constant('not_started');
    const open = thankYouLate(resolvedOn, context.today) ? 'overdue' : 'due';
    return {
      joins: sql`left join disruption_thank_yous step_thanks on step_thanks.workspace_id = ${workspaceId}
        and step_thanks.disruption_id = ${id} and step_thanks.client_id = dc.client_id
        and step_thanks.status = 'done'`,
      state: sql`case when step_thanks.id is not null then 'done' else ${text(open)} end`,
    };
  },
};
