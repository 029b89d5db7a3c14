// Money thank-yous go through the billing engine: resolve → a service credit, a free month
// and a discount marked done → the next billing run's invoices show them. A client with no
// agreement is refused, applying twice is a conflict, and only the owner applies money.
// Runs on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { affectedClients, insertDisruption, stepFingerprint } from '../disruption-board/board-test-aids.ts';
import { invoicesOf } from '../saves/save-test-aids.ts';

const PRICE = 12_000;

describe('money thank-yous on the next invoice', () => {
  let t: TestApp;
  let owner: ApiClient;
  let staff: ApiClient;
  let disruptionId: string;
  const agreementOf = new Map<string, string>();
  const clientOf = new Map<string, string>();
  const url = (path = '') => `/api/v1/disruptions/${disruptionId}${path}`;

  const choose = async (name: string, choice: object) => {
    const response = await owner.send('PUT', url(`/clients/${clientOf.get(name)}/thank-you`), choice);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.id as string;
  };
  const linesOf = (agreementId: string, periodIndex: number) =>
    queryRows<{ kind: string; description: string; amount_minor: number }>(
      t.database.db,
      sql`select l.kind::text as kind, l.description, l.amount_minor::int as amount_minor from invoice_lines l
          join invoices i on i.id = l.invoice_id
          where i.agreement_id = ${agreementId} and i.period_index = ${periodIndex} and i.status <> 'void'
          order by l.amount_minor desc`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    const ws = setup.me.workspace.id;
    const db = t.database.db;
    const s = await insertUser(db, ws, 'staff');
    staff = await signIn(t, s.user.email, s.password);
    disruptionId = (await insertDisruption(db, ws, { startedOn: '2026-11-02' })).id;
    const names = ['Credit', 'Free', 'Discount', 'Nothing', 'Chosen'];
    const ids = await affectedClients(db, ws, disruptionId, names, new Date('2026-11-02T09:00:00Z'));
    names.forEach((name, i) => {
      clientOf.set(name, ids[i] as string);
    });
    for (const name of names.filter((n) => n !== 'Nothing')) {
      const agreement = await owner.post('/api/v1/agreements', {
        clientId: clientOf.get(name),
        description: 'Monthly retainer',
        priceMinor: PRICE,
        interval: 'month',
        startsOn: '2026-10-01',
      });
      expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
      agreementOf.set(name, agreement.body.id);
    }
    // October and November are invoiced; December (period 2) is the next.
    expect((await owner.post('/api/v1/billing/runs', { through: '2026-11-23' })).status).toBe(201);
    const resolved = await owner.post(url('/resolve'), {
      resolvedOn: '2026-11-20',
      thankYou: { kind: 'service_credit', terms: { amountMinor: 2_500 } },
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
  });
  afterAll(() => t.close());

  it('applies a service credit through billing once: the next invoice is reduced by it', async () => {
    const id = (await owner.get(url('/thank-yous?q=credit'))).body.items[0].thankYou.id;
    const staffTry = await staff.post(url(`/thank-yous/${id}/done`), {});
    expect(staffTry.status).toBe(403);
    const done = await owner.post(url(`/thank-yous/${id}/done`), {});
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({
      status: 'done',
      valueMinor: 2_500,
      agreementId: agreementOf.get('Credit'),
      creditId: expect.any(String),
    });
    const [credit] = await queryRows<{
      amount_minor: number;
      from_period: number;
      source_kind: string;
      source_id: string;
    }>(
      t.database.db,
      sql`select amount_minor::int, from_period, source_kind, source_id from credits where id = ${done.body.creditId}`,
    );
    expect(credit).toEqual({
      amount_minor: 2_500,
      from_period: 2,
      source_kind: 'disruption_thank_you',
      source_id: id,
    });

    // The client's page says so, in their words.
    const link = await owner.post(url(`/clients/${clientOf.get('Credit')}/client-page`), {});
    const page = await t.app.inject({ method: 'GET', url: new URL(link.body.url).pathname });
    expect(page.body).toMatch(/a credit of US\$25\.00 comes off your next invoices/);

    const before = await stepFingerprint(t.database.db);
    expect((await owner.post(url(`/thank-yous/${id}/done`), {})).status).toBe(409);
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('gives a free month as a credit of one period’s price, and a discount as a reduction', async () => {
    const free = await choose('Free', { kind: 'free_month' });
    const freeDone = await owner.post(url(`/thank-yous/${free}/done`), {});
    expect(freeDone.status, JSON.stringify(freeDone.body)).toBe(200);
    expect(freeDone.body.valueMinor).toBe(PRICE);
    const discount = await choose('Discount', {
      kind: 'discount',
      terms: { basisPoints: 2_000, periods: 2 },
    });
    const discountDone = await owner.post(url(`/thank-yous/${discount}/done`), {});
    expect(discountDone.status, JSON.stringify(discountDone.body)).toBe(200);
    expect(discountDone.body).toMatchObject({
      valueMinor: 4_800,
      adjustmentId: expect.any(String),
      creditId: null,
    });
  });

  it('refuses money for a client with no agreement, and changes nothing', async () => {
    const id = (await owner.get(url('/thank-yous?q=nothing'))).body.items[0].thankYou.id;
    expect((await owner.get(url('/thank-yous?q=nothing'))).body.items[0].hasLiveAgreement).toBe(false);
    const before = await stepFingerprint(t.database.db);
    const refused = await owner.post(url(`/thank-yous/${id}/done`), {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/no live agreement/);
    expect(await stepFingerprint(t.database.db)).toEqual(before);
  });

  it('shows each on the next billing run’s invoices', async () => {
    const run = await owner.post('/api/v1/billing/runs', { through: '2027-02-01' });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    const totals = async (name: string) =>
      (await invoicesOf(t, agreementOf.get(name) as string)).map((i) => [i.period_start, i.total_minor]);
    expect(await totals('Credit')).toEqual([
      ['2026-10-01', PRICE],
      ['2026-11-01', PRICE],
      ['2026-12-01', PRICE - 2_500],
      ['2027-01-01', PRICE],
      ['2027-02-01', PRICE],
    ]);
    expect(await linesOf(agreementOf.get('Credit') as string, 2)).toEqual([
      expect.objectContaining({ amount_minor: PRICE }),
      { kind: 'credit', description: 'Thank-you credit', amount_minor: -2_500 },
    ]);
    expect(await totals('Free')).toEqual([
      ['2026-10-01', PRICE],
      ['2026-11-01', PRICE],
      ['2026-12-01', 0],
      ['2027-01-01', PRICE],
      ['2027-02-01', PRICE],
    ]);
    expect(await totals('Discount')).toEqual([
      ['2026-10-01', PRICE],
      ['2026-11-01', PRICE],
      ['2026-12-01', PRICE - 2_400],
      ['2027-01-01', PRICE - 2_400],
      ['2027-02-01', PRICE],
    ]);
    // Chosen but not done: billing is untouched.
    expect((await totals('Chosen')).every(([, total]) => total === PRICE)).toBe(true);
  });
});
