// What `rapport demo` holds: what it prints, the clients with their histories, callbacks
// and tasks, and the billing. Runs on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { login } from '../../features/auth/sessions.ts';
import type { DemoWorkspaceResult } from '../../features/demo/create-demo-workspace.ts';
import { receivablesAging } from '../../features/invoices/receivables-aging.ts';
import { checkLedger } from '../../features/ledger/check-ledger.ts';
import { getToday } from '../../features/today/get-today.ts';
import { createDemo, NOW, OPTIONS, outreachTasks } from './demo-test-aids.ts';

describe('rapport demo', () => {
  let database: Database;
  let result: DemoWorkspaceResult;
  let printed: string;

  beforeAll(async () => {
    ({ database, result, printed } = await createDemo());
  }, 180_000);
  afterAll(() => database.close());

  it('prints what it made and how to sign in', async () => {
    expect(printed).toContain('Created the demo workspace "Harbor & Pine Studio":\n  50 clients with ');
    expect(printed).toContain('  5 callbacks waiting for an answer (2 overdue)\n');
    // The plan's 18 open tasks (4 overdue, 3 due today), and the outreach of the 2 clients
    // the disruption has not reached, overdue since the day it was declared.
    const outreach = outreachTasks(result.plan);
    expect(outreach).toEqual({ open: 2, done: 10 });
    expect(printed).toContain('  20 open tasks (6 overdue, 3 due today)\n');
    expect(printed).toContain(
      '  1 active disruption over 12 clients (10 contacted so far): see Hard times\n',
    );
    const { billing } = result.plan;
    const mrr = `${Math.floor(billing.mrrMinor / 100)}.${String(billing.mrrMinor % 100).padStart(2, '0')}`;
    expect(printed).toContain(
      `  ${billing.agreements.length} agreements on 4 plans: ${mrr} USD of monthly recurring revenue\n`,
    );
    expect(printed).toMatch(
      new RegExp(
        `  ${billing.invoices.length} invoices and ${billing.payments.length} payments; \\d+ invoices still open, 3 of them overdue\\n`,
      ),
    );
    expect(printed).toContain('  e-mail:   me@example.com\n  password: demo password 123\n');
    await expect(login(database.db, 'me@example.com', OPTIONS.password)).resolves.toBeDefined();
    await expect(login(database.db, 'jordan@harborpine.example', OPTIONS.password)).resolves.toBeDefined();
  });

  it('holds fifty clients of every kind and status, with their histories, callbacks and tasks', async () => {
    const [row] = await queryRows<Record<string, number>>(
      database.db,
      sql`select (select count(*)::int from clients) as clients,
                 (select count(*)::int from clients where status = 'active') as active,
                 (select count(distinct status)::int from clients) as statuses,
                 (select count(distinct kind)::int from clients) as kinds,
                 (select count(*)::int from interactions) as interactions,
                 (select count(distinct channel)::int from interactions) as channels,
                 (select count(*)::int from callbacks) as callbacks,
                 (select count(*)::int from callbacks where answered_at is null) as open,
                 (select count(*)::int from callbacks where answered_at is null and due_at < ${NOW.toISOString()}::timestamptz) as overdue,
                 (select count(*)::int from tasks where done_at is null and due_on < '2026-03-18') as overdue_tasks,
                 (select count(*)::int from tasks where done_at is null and due_on = '2026-03-18') as today_tasks,
                 (select count(*)::int from tasks where done_at is not null) as done_tasks,
                 (select count(*)::int from client_assignments) as assignments,
                 (select count(*)::int from client_assignments where disruption_id is not null) as for_disruption,
                 (select count(*)::int from users) as users`,
    );
    // The disruption's callbacks were all answered: the five waiting are the timelines' own.
    expect(row).toMatchObject({
      clients: 50,
      statuses: 4,
      kinds: 2,
      open: 5,
      overdue: 2,
      users: 4,
    });
    // The stand-in's four clients, and one more handed to him for the disruption only.
    expect(row).toMatchObject({ assignments: 5, for_disruption: 1 });
    expect(row?.active).toBeGreaterThan(30);
    expect(row?.interactions).toBeGreaterThan(400);
    expect(row?.channels).toBeGreaterThanOrEqual(9);
    expect(row?.callbacks).toBeGreaterThan(60);
    // The plan's tasks (4 overdue, 3 due today, 6 done) and the disruption's outreach tasks.
    const outreach = outreachTasks(result.plan);
    expect(row).toMatchObject({
      overdue_tasks: 4 + outreach.open,
      today_tasks: 3,
      done_tasks: 6 + outreach.done,
    });
  });

  it('bills the clients: plans, agreements, a billing run, payments, the MRR on Today and a sound ledger', async () => {
    const [row] = await queryRows<Record<string, number>>(
      database.db,
      sql`select (select count(*)::int from plans) as plans,
                 (select count(*)::int from agreements) as agreements,
                 (select count(*)::int from agreements where status = 'cancelled') as cancelled,
                 (select count(*)::int from adjustments where kind = 'payment_holiday') as holidays,
                 (select count(*)::int from adjustments where kind = 'reduction') as reductions,
                 (select count(*)::int from adjustments where kind = 'pause') as pauses,
                 (select count(*)::int from credits) as credits,
                 (select count(*)::int from billing_runs where status = 'finished') as runs,
                 (select count(*)::int from invoices) as invoices,
                 (select count(*)::int from invoices where status = 'partially_paid') as partly_paid,
                 (select count(*)::int from invoices where status in ('open', 'partially_paid') and due_on < '2026-03-18') as overdue,
                 (select count(distinct method)::int from payments) as methods,
                 (select count(*)::int from payments where method = 'barter' and note is not null) as barter`,
    );
    expect(row).toMatchObject({
      plans: 4,
      agreements: 45,
      cancelled: 4,
      holidays: 1,
      reductions: 1,
      pauses: 5,
      credits: 1,
      runs: 1,
      partly_paid: 1,
      overdue: 3,
      methods: 5,
      barter: 1,
    });
    expect(row?.invoices).toBeGreaterThan(150);

    const owner = systemActor(result.workspace.id);
    const today = await getToday(database.db, owner, NOW);
    expect(today.mrr?.amountMinor).toBe(result.plan.billing.mrrMinor);
    expect(today.mrr?.amountMinor).toBeGreaterThan(0);
    const aging = await receivablesAging(database.db, owner, {}, NOW);
    const buckets = ['days1To30', 'days31To60', 'days61To90', 'days90Plus'] as const;
    expect(buckets.filter((bucket) => aging.totals[bucket] > 0)).toHaveLength(3);
    expect(aging.totals.current).toBeGreaterThan(0);
    const ledger = await checkLedger(database.db, result.workspace.id);
    expect(ledger.problems).toEqual([]);
    expect(ledger).toMatchObject({ isBalanced: true, invoices: row?.invoices });
  });
});
