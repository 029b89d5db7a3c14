import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { PAYMENT_TERMS_DAYS } from '../../core/billing/index.ts';
import { buildDemoPlan } from '../../core/demo/build-demo-plan.ts';
import type { DemoPlan } from '../../core/demo/demo-plan.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agreements, clients, interactions, invoices, payments, tasks } from '../../db/schema/index.ts';
import { login } from '../../features/auth/sessions.ts';
import type { DemoWorkspaceResult } from '../../features/demo/create-demo-workspace.ts';
import { receivablesAging } from '../../features/invoices/receivables-aging.ts';
import { checkLedger } from '../../features/ledger/check-ledger.ts';
import { getToday } from '../../features/today/get-today.ts';
import { captureIO } from '../cli-test-aids.ts';
import { runDemo } from './demo.ts';

const NOW = new Date('2026-03-18T14:30:00Z');
const OPTIONS = {
  seed: 5,
  now: NOW,
  timezone: 'UTC',
  email: 'me@example.com',
  password: 'demo password 123',
};

describe('rapport demo', () => {
  let database: Database;
  let result: DemoWorkspaceResult;
  let printed: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { io, out } = captureIO();
    result = await runDemo(database.db, OPTIONS, io);
    printed = out();
  }, 180_000);
  afterAll(() => database.close());

  it('prints what it made and how to sign in', async () => {
    expect(printed).toContain('Created the demo workspace "Harbor & Pine Studio":\n  50 clients with ');
    expect(printed).toContain('  5 callbacks waiting for an answer (2 overdue)\n');
    expect(printed).toMatch(/ {2}18 open tasks \(4 overdue, 3 due today\)\n/);
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
                 (select count(*)::int from users) as users`,
    );
    expect(row).toMatchObject({
      clients: 50,
      statuses: 4,
      kinds: 2,
      open: 5,
      overdue: 2,
      users: 4,
      assignments: 4,
    });
    expect(row?.active).toBeGreaterThan(30);
    expect(row?.interactions).toBeGreaterThan(400);
    expect(row?.channels).toBeGreaterThanOrEqual(9);
    expect(row?.callbacks).toBeGreaterThan(60);
    expect(row).toMatchObject({ overdue_tasks: 4, today_tasks: 3, done_tasks: 6 });
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

  it('is deterministic: the database holds exactly what the seed plans', async () => {
    const plan = buildDemoPlan({
      seed: OPTIONS.seed,
      now: NOW,
      timeZone: 'UTC',
      paymentTermsDays: PAYMENT_TERMS_DAYS,
    });
    const clientRows = await database.db.select().from(clients).orderBy(asc(clients.id));
    expect(clientRows.map((client) => [client.name, client.status, client.since, client.email])).toEqual(
      plan.clients.map((client) => [client.profile.name, client.profile.status, client.since, client.email]),
    );
    const touchRows = await database.db
      .select({ clientId: interactions.clientId, at: interactions.occurredAt, summary: interactions.summary })
      .from(interactions)
      .orderBy(asc(interactions.id));
    const nameOf = new Map(clientRows.map((client) => [client.id, client.name]));
    expect(
      touchRows.map((touch) => [nameOf.get(touch.clientId), touch.at.toISOString(), touch.summary]),
    ).toEqual(
      plan.clients.flatMap((client) =>
        client.touches.map((touch) => [client.profile.name, touch.at.toISOString(), touch.summary]),
      ),
    );
    const taskRows = await database.db.select().from(tasks).orderBy(asc(tasks.id));
    expect(taskRows.map((task) => [task.title, task.dueOn, task.doneAt?.toISOString() ?? null])).toEqual(
      plan.tasks.map((task) => [task.title, task.dueOn, task.doneAt?.toISOString() ?? null]),
    );
    await expectBillingAsPlanned(plan, nameOf);
    expect(result.plan).toEqual(plan);
  });

  /** The agreements, invoices and payments, row for row, as the plan computed them. */
  async function expectBillingAsPlanned(plan: DemoPlan, nameOf: Map<string, string>) {
    const { billing } = plan;
    const clientName = (index: number) => plan.clients[index]?.profile.name;
    const agreementRows = await database.db.select().from(agreements).orderBy(asc(agreements.id));
    expect(
      agreementRows.map((a) => [nameOf.get(a.clientId), a.description, a.startsOn, a.termEnd, a.status]),
    ).toEqual(
      billing.agreements.map((a) => [
        clientName(a.client),
        billing.plans[a.plan]?.name,
        a.startsOn,
        a.termEnd,
        a.cancellation ? 'cancelled' : 'active',
      ]),
    );
    const paid = new Map<number, number>();
    for (const p of billing.payments) paid.set(p.invoice, (paid.get(p.invoice) ?? 0) + p.amountMinor);
    const invoiceRows = await database.db.select().from(invoices).orderBy(asc(invoices.number));
    expect(
      invoiceRows.map((i) => [
        nameOf.get(i.clientId),
        i.periodIndex,
        i.issuedOn,
        i.dueOn,
        i.totalMinor,
        i.paidMinor,
      ]),
    ).toEqual(
      billing.invoices.map((i, n) => [
        clientName(billing.agreements[i.agreement]?.client ?? -1),
        i.periodIndex,
        i.issuedOn,
        i.dueOn,
        i.totalMinor,
        paid.get(n) ?? 0,
      ]),
    );
    const paymentRows = await database.db.select().from(payments).orderBy(asc(payments.id));
    expect(paymentRows.map((p) => [p.method, p.amountMinor, p.receivedOn, p.note])).toEqual(
      billing.payments.map((p) => [p.method, p.amountMinor, p.receivedOn, p.note]),
    );
  }

  it('refuses a database that already has a workspace, and changes nothing', async () => {
    const before = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`);
    await expect(runDemo(database.db, OPTIONS, captureIO().io)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('This database already has a workspace (Harbor & Pine Studio)'),
      details: [{ path: '', message: expect.stringContaining('DATA_DIR=./demo-data') }],
    });
    expect(await queryRows(database.db, sql`select count(*)::int as n from audit_log`)).toEqual(before);
  });

  it('refuses a seed that is not a whole number', async () => {
    const io = captureIO().io;
    await expect(runDemo(database.db, { ...OPTIONS, seed: 'abc' }, io)).rejects.toThrow(
      'The seed must be a whole number, not "abc"',
    );
  });
});
