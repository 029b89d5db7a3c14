// `rapport demo` is deterministic (the database holds row for row what the seed plans)
// and refuses what it cannot do. Runs on PGlite and PostgreSQL.
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYMENT_TERMS_DAYS } from '../../core/billing/index.ts';
import { buildDemoPlan } from '../../core/demo/build-demo-plan.ts';
import type { DemoPlan } from '../../core/demo/demo-plan.ts';
import type { Database } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agreements, clients, interactions, invoices, payments, tasks } from '../../db/schema/index.ts';
import type { DemoWorkspaceResult } from '../../features/demo/create-demo-workspace.ts';
import { captureIO } from '../cli-test-aids.ts';
import { runDemo } from './demo.ts';
import { createDemo, NOW, OPTIONS, outreachTasks } from './demo-test-aids.ts';

describe('rapport demo', () => {
  let database: Database;
  let result: DemoWorkspaceResult;

  beforeAll(async () => {
    ({ database, result } = await createDemo());
  }, 180_000);
  afterAll(() => database.close());

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
