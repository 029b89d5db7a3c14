import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';

const MONTHLY = 10_000;

describe('plans, agreements and billing runs', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp(); // the clock reads 2026-11-23, workspace in UTC
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    const plan = await owner.post('/api/v1/plans', {
      name: 'Coaching',
      priceMinor: MONTHLY,
      interval: 'month',
    });
    expect(plan.status).toBe(201);
    planId = plan.body.id;
  });
  afterAll(() => t.close());

  const count = async (table: string) => {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    return row?.n ?? 0;
  };

  const newAgreement = async (body: Record<string, unknown>) => {
    const client = await insertClient(t.database.db, workspaceId);
    const response = await owner.post('/api/v1/agreements', { clientId: client.id, planId, ...body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };

  const invoicesOf = (agreementId: string) =>
    queryRows<{
      number: number;
      period_index: number;
      period_start: string;
      total_minor: string;
      status: string;
    }>(
      t.database.db,
      sql`select number, period_index, period_start::text, total_minor, status from invoices
          where agreement_id = ${agreementId} and status <> 'void' order by period_index`,
    );

  it('refuses bad plans and agreements with the reason, writing nothing', async () => {
    const client = await insertClient(t.database.db, workspaceId);
    const plansBefore = await count('plans');
    const agreementsBefore = await count('agreements');
    for (const body of [
      { name: 'Neg', priceMinor: -1, interval: 'month' },
      { name: 'Frac', priceMinor: 10.5, interval: 'month' },
      { name: 'Huge', priceMinor: 1e15, interval: 'month' },
      { name: 'Weekly', priceMinor: 100, interval: 'week' },
      { name: 'Extra', priceMinor: 100, interval: 'month', currency: 'EUR' },
      { name: '<script>', priceMinor: '100', interval: 'month' },
    ]) {
      const response = await owner.post('/api/v1/plans', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
    }
    for (const body of [
      { clientId: client.id, planId, startsOn: '2026-02-30' },
      { clientId: client.id, planId, startsOn: '2026-03-15', termEnd: '2026-01-01' },
      // A term must end on the last day of a period (2026-03-15 → …-14).
      { clientId: client.id, planId, startsOn: '2026-03-15', termEnd: '2027-03-31' },
      { clientId: client.id, startsOn: '2026-03-15' },
    ]) {
      const response = await owner.post('/api/v1/agreements', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.length).toBeGreaterThan(0);
    }
    const missing = await owner.post('/api/v1/agreements', {
      clientId: '00000000-0000-4000-8000-000000000000',
      planId,
      startsOn: '2026-03-15',
    });
    expect(missing.status).toBe(404);
    expect(await count('plans')).toBe(plansBefore);
    expect(await count('agreements')).toBe(agreementsBefore);
  });

  it('keeps billing away from stand-ins and the price list and runs away from staff', async () => {
    const staff = await insertUser(t.database.db, workspaceId, 'staff');
    const standIn = await insertUser(t.database.db, workspaceId, 'stand_in');
    const staffApi = await signIn(t, staff.user.email, staff.password);
    const standInApi = await signIn(t, standIn.user.email, standIn.password);
    expect(
      (await staffApi.post('/api/v1/plans', { name: 'X', priceMinor: 1, interval: 'month' })).status,
    ).toBe(403);
    expect((await staffApi.post('/api/v1/billing/runs', {})).status).toBe(403);
    expect((await staffApi.get('/api/v1/plans')).status).toBe(200);
    expect((await standInApi.get('/api/v1/plans')).status).toBe(403);
    expect((await standInApi.get('/api/v1/agreements')).status).toBe(403);
  });

  it('bills every period started through the date, clamped to month ends, numbered without gaps, once', async () => {
    const agreement = await newAgreement({ startsOn: '2026-01-31', termEnd: '2027-01-30' });
    expect(agreement.priceMinor).toBe(MONTHLY);
    expect(agreement.effectiveEnd).toBe('2027-01-30');

    const run = await owner.post('/api/v1/billing/runs', { through: '2026-11-23' });
    expect(run.status).toBe(201);
    expect(run.body.status).toBe('finished');
    const invoices = await invoicesOf(agreement.id);
    expect(invoices.map((i) => i.period_start)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
    ]);
    expect(invoices.every((i) => Number(i.total_minor) === MONTHLY && i.status === 'open')).toBe(true);

    const again = await owner.post('/api/v1/billing/runs', { through: '2026-11-23' });
    expect(again.body.invoicesCreated).toBe(0);
    expect(await invoicesOf(agreement.id)).toHaveLength(10);

    const numbers = await queryRows<{ number: number }>(
      t.database.db,
      sql`select number from invoices order by number`,
    );
    expect(numbers.map((row) => row.number)).toEqual(numbers.map((_, i) => i + 1));
    const runs = await owner.get('/api/v1/billing/runs');
    expect(runs.body.items[0]).toMatchObject({
      status: 'finished',
      invoicesCreated: 0,
      actorLabel: expect.any(String),
    });
  });

  it('previews the next periods with a payment holiday: zero invoices, term moved, life total unchanged', async () => {
    const agreement = await newAgreement({ startsOn: '2026-06-01', termEnd: '2027-05-31' });
    await owner.post('/api/v1/billing/runs', { through: '2026-11-23' }); // periods 0…5 invoiced
    const lifeBefore = await owner.get(`/api/v1/agreements/${agreement.id}/preview?fromPeriod=0&count=20`);
    expect(lifeBefore.body.totalMinor).toBe(12 * MONTHLY);

    const tooEarly = await owner.post(`/api/v1/agreements/${agreement.id}/adjustments`, {
      kind: 'payment_holiday',
      fromPeriod: 2,
      periods: 3,
    });
    expect(tooEarly.status).toBe(422);

    const holiday = await owner.post(`/api/v1/agreements/${agreement.id}/adjustments`, {
      kind: 'payment_holiday',
      fromPeriod: 6,
      periods: 3,
      reason: 'Client between contracts',
    });
    expect(holiday.status).toBe(201);
    expect(holiday.body.effectiveEnd).toBe('2027-08-31');

    const preview = await owner.get(`/api/v1/agreements/${agreement.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.periods).toHaveLength(12);
    expect(preview.body.periods[0].periodIndex).toBe(6);
    expect(preview.body.periods.slice(0, 3).map((p: { totalMinor: number }) => p.totalMinor)).toEqual([
      0, 0, 0,
    ]);
    expect(preview.body.periods[0].lines.map((l: { kind: string }) => l.kind)).toEqual(['base', 'holiday']);
    expect(preview.body.periods[0].lines[0].amountMinor).toBe(MONTHLY);
    const lifeAfter = await owner.get(`/api/v1/agreements/${agreement.id}/preview?fromPeriod=0&count=20`);
    expect(lifeAfter.body.totalMinor).toBe(12 * MONTHLY);
  });

  it('spends a credit once across invoices and stops billing at a cancellation', async () => {
    const agreement = await newAgreement({ startsOn: '2026-10-05' });
    const credited = await owner.post(`/api/v1/agreements/${agreement.id}/credits`, {
      amountMinor: MONTHLY + MONTHLY / 2,
      description: 'Thank-you credit',
    });
    expect(credited.status).toBe(201);
    await owner.post('/api/v1/billing/runs', { through: '2026-12-31' });
    const invoices = await invoicesOf(agreement.id);
    expect(invoices.map((i) => Number(i.total_minor))).toEqual([0, MONTHLY / 2, MONTHLY]);
    expect(invoices[0]?.status).toBe('paid');

    const cancelled = await owner.post(`/api/v1/agreements/${agreement.id}/cancel`, {
      effectiveOn: '2027-02-05',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await owner.post(`/api/v1/agreements/${agreement.id}/cancel`, {})).status).toBe(422);
    await owner.post('/api/v1/billing/runs', { through: '2027-06-30' });
    expect((await invoicesOf(agreement.id)).map((i) => i.period_start)).toEqual([
      '2026-10-05',
      '2026-11-05',
      '2026-12-05',
      '2027-01-05',
    ]);
  });

  it('two runs at once create each invoice exactly once, numbered without gaps', async () => {
    const created = [];
    for (let i = 0; i < 25; i++) created.push(await newAgreement({ startsOn: '2026-09-15' }));
    const [a, b] = await Promise.all([
      owner.post('/api/v1/billing/runs', { through: '2026-11-23' }),
      owner.post('/api/v1/billing/runs', { through: '2026-11-23' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    for (const agreement of created) expect(await invoicesOf(agreement.id)).toHaveLength(3);
    const [dupes] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from (select agreement_id, period_index from invoices where status <> 'void'
          group by 1, 2 having count(*) > 1) d`,
    );
    expect(dupes?.n).toBe(0);
    const numbers = await queryRows<{ number: number }>(
      t.database.db,
      sql`select number from invoices order by number`,
    );
    expect(numbers.map((row) => row.number)).toEqual(numbers.map((_, i) => i + 1));
  });

  it('refuses a run years ahead and a malformed date', async () => {
    expect((await owner.post('/api/v1/billing/runs', { through: '2031-01-01' })).status).toBe(422);
    expect((await owner.post('/api/v1/billing/runs', { through: '2026-13-01' })).status).toBe(400);
    expect(
      (await owner.post('/api/v1/billing/runs', { through: "2026-01-01'; drop table invoices;--" })).status,
    ).toBe(400);
  });
});
