import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { systemActor } from '../../core/auth/actor.ts';
import { PAYMENT_TERMS_DAYS } from '../../core/billing/index.ts';
import { buildDemoPlan } from '../../core/demo/build-demo-plan.ts';
import type { DemoPlan } from '../../core/demo/demo-plan.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import {
  agreements,
  clients,
  interactions,
  invoices,
  payments,
  tasks,
  users,
} from '../../db/schema/index.ts';
import { login } from '../../features/auth/sessions.ts';
import type { DemoWorkspaceResult } from '../../features/demo/create-demo-workspace.ts';
import { getBoardFigures } from '../../features/disruption-board/get-board-figures.ts';
import { listBoard } from '../../features/disruption-board/list-board.ts';
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

/**
 * What the disruption adds to the plan's tasks: an outreach task per affected client, due
 * the day it was declared and done when the client is reached (an outbound touch or the
 * outreach mail sent). The story reaches all but the clients it never mentions.
 */
function outreachTasks(plan: DemoPlan) {
  const { clients, acts } = plan.disruption;
  const reached = new Set(
    acts.flatMap((act) =>
      (act.kind === 'touch' && act.direction === 'outbound') ||
      (act.kind === 'outbox' && act.action === 'mark_sent')
        ? [act.client]
        : [],
    ),
  );
  const open = clients.filter((client) => !reached.has(client)).length;
  return { open, done: clients.length - open };
}

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
    ).toEqual([
      ...plan.clients.flatMap((client) =>
        client.touches.map((touch) => [client.profile.name, touch.at.toISOString(), touch.summary]),
      ),
      ...disruptionTouches(plan),
    ]);
    const taskRows = await database.db.select().from(tasks).orderBy(asc(tasks.id));
    const planned = taskRows.slice(0, plan.tasks.length);
    expect(planned.map((task) => [task.title, task.dueOn, task.doneAt?.toISOString() ?? null])).toEqual(
      plan.tasks.map((task) => [task.title, task.dueOn, task.doneAt?.toISOString() ?? null]),
    );
    // Then the declaration's outreach tasks, one per affected client in the clients' order.
    const { disruption } = plan;
    const outreach = taskRows.slice(plan.tasks.length);
    expect(outreach.map((task) => [task.title, task.dueOn])).toEqual(
      [...disruption.clients]
        .sort((a, b) => a - b)
        .map((index) => [
          `Tell ${plan.clients[index]?.profile.name} about Studio flooded`,
          disruption.startedOn,
        ]),
    );
    expect(outreach.filter((task) => task.doneAt === null)).toHaveLength(outreachTasks(plan).open);
    await expectBillingAsPlanned(plan, nameOf);
    expect(result.plan).toEqual(plan);
  });

  /**
   * The disruption's timeline entries, in the order its acts logged them: the touches, and
   * what the meeting and input commands log themselves (a meeting held, at its start).
   */
  function disruptionTouches(plan: DemoPlan) {
    const name = (index: number) => plan.clients[index]?.profile.name;
    const meetings = new Map(
      plan.disruption.acts.flatMap((act) => (act.kind === 'schedule_meeting' ? [[act.key, act]] : [])),
    );
    return plan.disruption.acts.flatMap((act) => {
      if (act.kind === 'touch') return [[name(act.client), act.at.toISOString(), act.summary]];
      if (act.kind === 'client_input')
        return [[name(act.client), act.at.toISOString(), `Input on our plan: ${act.body}`]];
      const meeting = act.kind === 'hold_meeting' ? meetings.get(act.meeting) : undefined;
      if (meeting)
        return [
          [name(meeting.client), meeting.startsAt.toISOString(), 'Talked through our plan (face to face)'],
        ];
      return [];
    });
  }

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

  // The story of demo-disruption.ts as the playbook's own queries see it: every column of
  // the board has work done and work left, and Today leads with it.
  it('holds one active disruption ten days in: the board, its figures, the outbox and Today', async () => {
    const owner = systemActor(result.workspace.id);
    const [disruption] = await queryRows<{ id: string; title: string; status: string; promised_on: string }>(
      database.db,
      sql`select id, title, status, promised_on::text from disruptions`,
    );
    const [, promised] = result.plan.disruption.acts.filter(
      (act) => act.kind === 'set_promise' || act.kind === 'move_estimate',
    );
    expect(disruption).toMatchObject({ title: 'Studio flooded', status: 'active' });
    expect(promised?.kind === 'set_promise' && promised.promisedOn).toBe(disruption?.promised_on);
    const id = disruption?.id as string;

    const board = await listBoard(database.db, owner, id, { limit: 50 }, NOW);
    expect(board.items).toHaveLength(12);
    const states = (step: keyof (typeof board.items)[number]['cells']) => {
      const tally: Record<string, number> = {};
      for (const row of board.items) tally[row.cells[step].state] = (tally[row.cells[step].state] ?? 0) + 1;
      return tally;
    };
    expect(states('contact')).toEqual({ done: 10, overdue: 2 });
    // Updated since (or met, or a callback answered); one update due today; four behind.
    expect(states('communicate')).toEqual({ done: 7, due: 1, overdue: 4 });
    expect(states('oversee')).toEqual({ not_needed: 8, done: 1, overdue: 1, due: 1, not_started: 1 });
    expect(states('time_frame')).toEqual({ done: 6, overdue: 6 });
    expect(states('plan')).toEqual({ done: 1, due: 11 });
    expect(states('thank')).toEqual({ not_started: 12 });

    const figures = await getBoardFigures(database.db, owner, id, NOW);
    expect(figures).toMatchObject({
      clients: 12,
      contact: { within24h: 8, late: 2, notYet: 2 },
      callbacks: { answeredOnTime: 1, answeredLate: 1, openOverdue: 0, openNotDue: 0 },
      reports: { accepted: 1, sentBack: 1, waiting: 1 },
      promises: { current: disruption?.promised_on, clientsToldCurrent: 6 },
    });

    // The stand-in sees his four clients, nobody else's.
    const [jordan] = await database.db.select().from(users).where(sql`role = 'stand_in'`);
    const asJordan = {
      workspaceId: result.workspace.id,
      userId: jordan?.id ?? null,
      role: 'stand_in' as const,
      label: 'Jordan',
    };
    const his = await listBoard(database.db, asJordan, id, { limit: 50 }, NOW);
    expect(his.items.map((row) => row.standIn?.name)).toEqual([
      'Jordan Lee',
      'Jordan Lee',
      'Jordan Lee',
      'Jordan Lee',
    ]);

    expect(
      await queryRows(
        database.db,
        sql`select source_kind as kind, status, count(*)::int as n from outbox_messages
            group by 1, 2 order by 1, status::text`,
      ),
    ).toEqual([
      { kind: 'disruption_meeting', status: 'queued', n: 1 },
      { kind: 'disruption_outreach', status: 'cancelled', n: 4 },
      { kind: 'disruption_outreach', status: 'queued', n: 2 },
      { kind: 'disruption_outreach', status: 'sent', n: 6 },
      { kind: 'disruption_update', status: 'sent', n: 4 },
    ]);

    const today = await getToday(database.db, owner, NOW);
    expect(today.hardTimes).toHaveLength(1);
    expect(today.hardTimes[0]?.counts).toEqual({
      affected: 12,
      contacted: 10,
      outreachOpen: 2,
      mustBeTold: 6,
      updatesOverdue: 4,
    });
  });

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
