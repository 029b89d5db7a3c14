import type { BenchDatabase } from '../lib/engines.ts';

/** A stable id from a key: md5 with the version and variant bits of a v4 UUID, as the API validates ids. */
const uid = (key: string) => `overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;
const DISRUPTION = uid("'disruption'");
const STAND_IN = uid("'stand-in'");
const ADDED = "timestamptz '2026-11-02 09:00Z'";

// Client g of N, by g % 10 (set-based, so 10,000 clients seed in seconds):
//   contact:   0–6 within 24 h (g % 20 hours after being added), 7–8 late (30 h), 9 never;
//   updates:   next update due by the cadence, every fourth one missed;
//   promise:   told the current date, except 8 (told the first one) and 9 (never told);
//   stand-in:  a fifth of the clients (g % 5 = 0), with a report each: accepted, submitted
//              or sent back and then accepted on a second report;
//   callbacks: three in ten rang once (answered on time, late, or still open and overdue);
//   plan:      four steps; a meeting with three in ten (held or scheduled), input from a fifth;
//   thanks:    resolved, a thank-you chosen for each client, done for 60 %.
const STATEMENTS = [
  `insert into users (workspace_id, id, email, name, role, password_hash)
   values ($1, ${STAND_IN}, 'stand-in@bench.example', 'Bench Stand-in', 'stand_in', 'not-a-hash')`,
  `insert into disruptions (workspace_id, id, title, client_message, started_on, status, audience, cadence_days,
          callback_minutes, estimate_on, buffer_days, promised_on, outreach_subject, outreach_body,
          resolved_on, resolved_at, resolution_note)
   values ($1, ${DISRUPTION}, 'Bench disruption', 'We are working through a hard time.', '2026-11-02', 'resolved',
          '{"kind":"all_active"}', 7, 120, '2026-11-28', 5, '2026-12-03', 'Update', 'Hello',
          '2026-11-30', timestamptz '2026-11-30 12:00Z', 'Back to normal')`,
  `insert into disruption_promises (workspace_id, id, disruption_id, estimate_on, buffer_days, promised_on, created_at)
   values ($1, ${uid("'promise-1'")}, ${DISRUPTION}, '2026-11-21', 5, '2026-11-26', ${ADDED}),
          ($1, ${uid("'promise-2'")}, ${DISRUPTION}, '2026-11-28', 5, '2026-12-03', timestamptz '2026-11-15 09:00Z')`,
  `insert into clients (workspace_id, id, name, since)
   select $1, ${uid("'client' || g")}, 'Client ' || lpad(g::text, 6, '0'), date '2024-01-01' + (g % 365)
   from generate_series(1, $2::int) g`,
  `insert into disruption_clients (workspace_id, disruption_id, client_id, channel, stand_in_user_id, added_at,
          contacted_at, last_update_at, next_update_due_on, told_promised_on, told_at)
   select $1, ${DISRUPTION}, ${uid("'client' || g")}, 'email', case when g % 5 = 0 then ${STAND_IN} end, ${ADDED},
          case when g % 10 <= 6 then ${ADDED} + (g % 20) * interval '1 hour'
               when g % 10 <= 8 then ${ADDED} + interval '30 hours' end,
          case when g % 10 <= 8 then timestamptz '2026-11-20 09:00Z' end,
          case when g % 10 <= 8 then date '2026-11-27' - (g % 4 = 0)::int * 10 end,
          case when g % 10 <= 7 then date '2026-12-03' when g % 10 = 8 then date '2026-11-26' end,
          case when g % 10 <= 8 then ${ADDED} + interval '2 days' end
   from generate_series(1, $2::int) g`,
  `insert into client_assignments (workspace_id, client_id, user_id, disruption_id)
   select $1, ${uid("'client' || g")}, ${STAND_IN}, ${DISRUPTION} from generate_series(1, $2::int) g where g % 5 = 0`,
  `insert into interactions (workspace_id, id, client_id, channel, direction, occurred_at, summary)
   select $1, ${uid("'call' || g")}, ${uid("'client' || g")}, 'call', 'inbound', ${ADDED} + (g % 200) * interval '1 hour',
          'Rang about the disruption'
   from generate_series(1, $2::int) g where g % 10 in (1, 4, 7)`,
  `insert into callbacks (workspace_id, id, client_id, request_interaction_id, opened_at, due_at, answered_at)
   select $1, ${uid("'callback' || g")}, ${uid("'client' || g")}, ${uid("'call' || g")}, o, o + interval '2 hours',
          case g % 10 when 1 then o + interval '1 hour' when 4 then o + interval '5 hours' end
   from (select g, ${ADDED} + (g % 200) * interval '1 hour' as o from generate_series(1, $2::int) g
         where g % 10 in (1, 4, 7)) c`,
  `insert into disruption_reports (workspace_id, id, disruption_id, client_id, author_user_id, what_was_done, outcome,
          next_step, status, review_comment, reviewed_by_user_id, reviewed_at, created_at)
   select $1, ${uid("'report' || g")}, ${DISRUPTION}, ${uid("'client' || g")}, ${STAND_IN},
          'Called the client and walked through the open invoice', 'They agreed to wait a week', 'Call again Friday',
          (case g % 3 when 0 then 'accepted' when 1 then 'submitted' else 'sent_back' end)::disruption_report_status,
          case when g % 3 = 2 then 'Which invoice?' end,
          case when g % 3 <> 1 then ${STAND_IN} end,
          case when g % 3 <> 1 then ${ADDED} + interval '3 days' end,
          ${ADDED} + interval '2 days'
   from generate_series(1, $2::int) g where g % 5 = 0`,
  `insert into disruption_reports (workspace_id, id, disruption_id, client_id, author_user_id, what_was_done, outcome,
          next_step, status, reviewed_by_user_id, reviewed_at, replaces_report_id, created_at)
   select $1, ${uid("'report-again' || g")}, ${DISRUPTION}, ${uid("'client' || g")}, ${STAND_IN},
          'Sent the invoice number 2041 and confirmed receipt by phone', 'Paid on the 12th', 'None',
          'accepted', ${STAND_IN}, ${ADDED} + interval '5 days', ${uid("'report' || g")}, ${ADDED} + interval '4 days'
   from generate_series(1, $2::int) g where g % 5 = 0 and g % 3 = 2`,
  `insert into disruption_plan_steps (workspace_id, id, disruption_id, position, title, state)
   select $1, ${uid("'step' || p")}, ${DISRUPTION}, p, 'Step ' || p,
          (case when p <= 2 then 'done' when p = 3 then 'in_progress' else 'planned' end)::plan_step_state
   from generate_series(1, 4) p`,
  `insert into disruption_meetings (workspace_id, id, disruption_id, client_id, kind, starts_at, duration_minutes, status)
   select $1, ${uid("'meeting' || g")}, ${DISRUPTION}, ${uid("'client' || g")}, 'face_to_face',
          ${ADDED} + (g % 20) * interval '1 day', 30,
          (case when g % 20 < 10 then 'held' else 'scheduled' end)::meeting_status
   from generate_series(1, $2::int) g where g % 10 in (2, 3, 5)`,
  `insert into disruption_inputs (workspace_id, id, disruption_id, client_id, source, body)
   select $1, ${uid("'input' || g")}, ${DISRUPTION}, ${uid("'client' || g")}, 'client_page', 'Tuesdays suit me'
   from generate_series(1, $2::int) g where g % 5 = 2`,
  `insert into disruption_thank_yous (workspace_id, id, disruption_id, client_id, kind, status, terms, done_at, created_at)
   select $1, ${uid("'thanks' || g")}, ${DISRUPTION}, ${uid("'client' || g")},
          (case g % 3 when 0 then 'handwritten_note' when 1 then 'call' else 'gift' end)::thank_you_kind,
          (case when g % 5 <= 2 then 'done' else 'chosen' end)::thank_you_status,
          case when g % 3 = 2 then '{"description":"Flowers"}'::jsonb else '{}'::jsonb end,
          case when g % 5 <= 2 then timestamptz '2026-12-01 10:00Z' end, timestamptz '2026-11-30 12:00Z'
   from generate_series(1, $2::int) g`,
];

/** Seeds a resolved disruption over `clients` clients with every step's data, set-based. */
export async function seedDisruptionBoard(
  bench: BenchDatabase,
  workspaceId: string,
  clients: number,
): Promise<{ disruptionId: string; standInId: string }> {
  for (const statement of STATEMENTS) {
    // The count is our own integer, written in; the workspace is the one parameter.
    await bench.rawQuery(statement.replaceAll('$2', String(clients)), [workspaceId]);
  }
  await bench.rawQuery('analyze');
  const [row] = (await bench.rawQuery(`select ${DISRUPTION}::text as id, ${STAND_IN}::text as stand_in`)) as {
    id: string;
    stand_in: string;
  }[];
  return { disruptionId: row?.id ?? '', standInId: row?.stand_in ?? '' };
}
