import type { BenchDatabase } from '../lib/engines.ts';

/** A stable id from a key: md5 with the version and variant bits of a v4 UUID, as the API validates ids. */
const uid = (key: string) => `overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;

/** The agreement whose 12-period preview is timed: open-ended, with three adjustments. */
const PREVIEW_AGREEMENT_SQL_ID = uid("'agreement' || 1");

// Case i belongs to agreement 10·i (fixed 12-month terms, so a holiday has extension
// periods that pay it back); its kind of call is i % 10:
//   0–3 an accepted 3-period holiday from period 3, saved (0–1 also declined a reduction first);
//   4–6 an accepted 25 % reduction for 3 periods from period 6, saved;
//   7   a holiday put to the client and declined, cancelled;
//   8   a holiday only previewed, declined when the case closed, cancelled;
//   9   open, a holiday being previewed.
const MONTH = "interval '1 month'";
const start = (g: string) => `(date '2025-01-01' + (${g} % 28))`;

const STATEMENTS = [
  `insert into clients (workspace_id, id, name, since)
   select $1, ${uid("'client' || g")}, 'Client ' || g, date '2024-01-01' + (g % 365)
   from generate_series(1, $2::int) g`,
  `insert into agreements (workspace_id, id, client_id, description, price_minor, interval, starts_on, term_end)
   select $1, ${uid("'agreement' || g")}, ${uid("'client' || g")}, 'Retainer', 5000 + (g % 1024), 'month',
          ${start('g')},
          case when g % 10 = 0 then (${start('g')} + 12 * ${MONTH} - interval '1 day')::date end
   from generate_series(1, $2::int) g`,
  `insert into save_cases (workspace_id, id, client_id, agreement_id, taken_by_label, called_at, reason, status, outcome_at)
   select $1, ${uid("'case' || i")}, ${uid("'client' || (10 * i)")}, ${uid("'agreement' || (10 * i)")},
          'Benchmark', timestamptz '2025-03-20 09:00Z' + (i % 500) * interval '1 hour', 'cant_afford',
          (case when i % 10 <= 6 then 'saved' when i % 10 <= 8 then 'cancelled' else 'open' end)::save_case_status,
          case when i % 10 <= 8 then timestamptz '2025-04-10 09:00Z' end
   from generate_series(1, $3::int) i`,
  // The adjustments accepting writes (storeAdjustment), their source the offer.
  `insert into adjustments (workspace_id, id, agreement_id, kind, from_period, terms, reason, source_kind, source_id)
   select $1, ${uid("'adjustment' || i")}, ${uid("'agreement' || (10 * i)")},
          case when i % 10 <= 3 then 'payment_holiday' else 'reduction' end,
          case when i % 10 <= 3 then 3 else 6 end,
          case when i % 10 <= 3 then '{"periods": 3}'::jsonb else '{"periods": 3, "basisPoints": 2500}'::jsonb end,
          'Save case: Can’t afford it', 'save_offer', ${uid("'offer' || i")}
   from generate_series(1, $3::int) i where i % 10 <= 6`,
  `insert into save_offers (workspace_id, id, case_id, agreement_id, kind, from_period, terms, status,
          starts_on, ends_on, returns_on, end_period, revenue_effect_minor, adjustment_id, decided_at,
          declined_with_outcome, confirmation)
   select $1, ${uid("'offer' || i")}, ${uid("'case' || i")}, ${uid("'agreement' || (10 * i)")},
          (case when k between 4 and 6 then 'reduction' else 'holiday' end)::save_offer_kind, f,
          case when k between 4 and 6 then '{"periods": 3, "basisPoints": 2500}'::jsonb else '{"periods": 3}'::jsonb end,
          (case when k <= 6 then 'accepted' when k <= 8 then 'declined' else 'proposed' end)::save_offer_status,
          (s + f * ${MONTH})::date, (s + (f + 3) * ${MONTH} - interval '1 day')::date, (s + (f + 3) * ${MONTH})::date,
          f + 3, -15000, case when k <= 6 then ${uid("'adjustment' || i")} end,
          case when k <= 8 then timestamptz '2025-04-10 09:00Z' end, k = 8,
          case when k <= 6 then 'Confirmed' end
   from (select i, i % 10 as k, ${start('(10 * i)')} as s, case when i % 10 between 4 and 6 then 6 else 3 end as f
         from generate_series(1, $3::int) i) c`,
  `insert into save_offers (workspace_id, id, case_id, agreement_id, kind, from_period, terms, status,
          starts_on, ends_on, returns_on, end_period, revenue_effect_minor, decided_at)
   select $1, ${uid("'declined-offer:' || i")}, ${uid("'case' || i")}, ${uid("'agreement' || (10 * i)")}, 'reduction', 3,
          '{"periods": 3, "basisPoints": 2500}'::jsonb, 'declined', (s + 3 * ${MONTH})::date,
          (s + 6 * ${MONTH} - interval '1 day')::date, (s + 6 * ${MONTH})::date, 6, -7500,
          timestamptz '2025-04-10 08:55Z'
   from (select i, ${start('(10 * i)')} as s from generate_series(1, $3::int) i where i % 10 <= 1) c`,
  // Paid invoices of the holiday agreements: every owed period through the first two of
  // the three extension periods, so two thirds of each deferred balance has come back.
  `insert into invoices (workspace_id, id, number, client_id, agreement_id, period_index, period_start, period_end,
          issued_on, due_on, currency, total_minor, paid_minor, status)
   select $1, ${uid("'invoice' || i || '-' || p")}, 14 * i + p, ${uid("'client' || (10 * i)")},
          ${uid("'agreement' || (10 * i)")}, p, (s + p * ${MONTH})::date, (s + (p + 1) * ${MONTH} - interval '1 day')::date,
          (s + p * ${MONTH})::date, (s + p * ${MONTH} + interval '14 days')::date, 'USD', price, price, 'paid'
   from (select i, ${start('(10 * i)')} as s, 5000 + ((10 * i) % 1024) as price
         from generate_series(1, $3::int) i where i % 10 <= 3) c
   cross join generate_series(0, 13) p where p not between 3 and 5`,
  `insert into adjustments (workspace_id, id, agreement_id, kind, from_period, terms, reason)
   values ($1, ${uid("'preview-holiday'")}, ${PREVIEW_AGREEMENT_SQL_ID}, 'payment_holiday', 2, '{"periods": 2}', 'Bench'),
          ($1, ${uid("'preview-reduction'")}, ${PREVIEW_AGREEMENT_SQL_ID}, 'reduction', 5,
           '{"periods": 3, "basisPoints": 2500}', 'Bench'),
          ($1, ${uid("'preview-price'")}, ${PREVIEW_AGREEMENT_SQL_ID}, 'price_change', 9, '{"priceMinor": 6000}', 'Bench')`,
];

/** Seeds `agreements` clients and agreements and a tenth as many save cases, set-based. */
export async function seedSaveDesk(
  bench: BenchDatabase,
  workspaceId: string,
  agreements: number,
): Promise<{ cases: number; previewAgreementId: string }> {
  const cases = Math.floor(agreements / 10);
  for (const statement of STATEMENTS) {
    // The counts are our own integers, written in; the workspace is the one parameter.
    const text = statement.replaceAll('$2', String(agreements)).replaceAll('$3', String(cases));
    await bench.rawQuery(text, [workspaceId]);
  }
  await bench.rawQuery('analyze');
  const [row] = (await bench.rawQuery(`select ${PREVIEW_AGREEMENT_SQL_ID}::text as id`)) as { id: string }[];
  return { cases, previewAgreementId: row?.id ?? '' };
}
