// Test aids for the save desk tests: a client on an agreement billed through a date, a
// logged call, and row counts that prove a refusal wrote nothing. Not imported by the app.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import type { ApiClient, TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';

export interface SaveFixture {
  clientId: string;
  agreementId: string;
  caseId: string;
}

/**
 * A client on a monthly agreement (a fixed term of `termPeriods`, or open-ended), billed
 * by a run through `through`, who has just called: a case logged with listening notes.
 */
export async function clientWhoCalled(
  t: TestApp,
  owner: ApiClient,
  workspaceId: string,
  options: { priceMinor: number; startsOn: string; termEnd?: string; through: string; name?: string },
): Promise<SaveFixture> {
  const client = await insertClient(t.database.db, workspaceId, { name: options.name ?? 'Casey Client' });
  const agreement = await owner.post('/api/v1/agreements', {
    clientId: client.id,
    description: 'Coaching retainer',
    priceMinor: options.priceMinor,
    interval: 'month',
    startsOn: options.startsOn,
    ...(options.termEnd ? { termEnd: options.termEnd } : {}),
  });
  expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
  const run = await owner.post('/api/v1/billing/runs', { through: options.through });
  expect(run.status, JSON.stringify(run.body)).toBe(201);
  const call = await owner.post('/api/v1/saves', {
    clientId: client.id,
    reason: 'cant_afford',
    notes: 'Lost their biggest contract last month; cash is tight until spring.',
    causes: ['lost contract', 'cash flow'],
  });
  expect(call.status, JSON.stringify(call.body)).toBe(201);
  expect(call.body.agreementId).toBe(agreement.body.id);
  return { clientId: client.id, agreementId: agreement.body.id, caseId: call.body.id };
}

/** Live invoices of an agreement, oldest period first. */
export function invoicesOf(t: TestApp, agreementId: string) {
  return queryRows<{ period_index: number; period_start: string; total_minor: number; status: string }>(
    t.database.db,
    sql`select period_index, period_start::text, total_minor::int, status::text from invoices
        where agreement_id = ${agreementId} and status <> 'void' order by period_index`,
  );
}

const COUNTED = [
  'save_cases',
  'save_offers',
  'post_mortems',
  'post_mortem_tasks',
  'tasks',
  'adjustments',
  'agreements',
  'invoices',
  'invoice_lines',
  'journal_entries',
  'journal_lines',
  'audit_log',
] as const;

/** Row counts of every table the save desk writes, plus case and offer states: a refusal changes none. */
export async function saveFingerprint(t: TestApp): Promise<Record<string, unknown>> {
  const counts: Record<string, unknown> = {};
  for (const table of COUNTED) {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts[table] = row?.n ?? 0;
  }
  counts.states = await queryRows(
    t.database.db,
    sql`select id, status::text from save_cases union all select id, status::text from save_offers
        union all select id, status::text from agreements order by 1`,
  );
  return counts;
}
