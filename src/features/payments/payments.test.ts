import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { MAX_PRICE_MINOR } from '../../core/money/minor-units.ts';
import { queryRows } from '../../db/query-rows.ts';
import {
  billedClient,
  billingFingerprint,
  otherWorkspaceOwner,
  signedInAs,
} from '../invoices/billing-test-fixtures.ts';

const TODAY = '2026-11-23'; // the test clock's date, workspace in UTC

describe('payments', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
  });
  afterAll(() => t.close());

  const bill = (priceMinor: number, startsOn: string) =>
    billedClient(t, owner, workspaceId, { priceMinor, startsOn, through: TODAY });
  const pay = (body: Record<string, unknown>) => owner.post('/api/v1/payments', body);
  const invoice = async (id: string) => (await owner.get(`/api/v1/invoices/${id}`)).body;
  const balance = async (clientId: string) => (await owner.get(`/api/v1/clients/${clientId}/balance`)).body;
  const accounts = async () => {
    const response = await owner.get('/api/v1/ledger/balances');
    expect(response.status).toBe(200);
    return Object.fromEntries(
      response.body.accounts.map((a: { code: string; balanceMinor: number }) => [a.code, a.balanceMinor]),
    ) as Record<string, number>;
  };

  it('splits one payment over invoices oldest first, and settles one invoice with several payments', async () => {
    const { clientId, invoices } = await bill(10_000, '2026-08-01');
    expect(invoices.map((i) => i.issuedOn)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01']);
    const [aug, sep, oct, nov] = invoices.map((i) => i.id) as [string, string, string, string];

    const split = await pay({ clientId, amountMinor: 25_000, method: 'cash', receivedOn: '2026-11-02' });
    expect(split.status, JSON.stringify(split.body)).toBe(201);
    expect(split.body).toMatchObject({
      clientId,
      method: 'cash',
      amountMinor: 25_000,
      creditMinor: 0,
      exchangeFeeMinor: 0,
      allocations: [
        { invoiceId: aug, amountMinor: 10_000 },
        { invoiceId: sep, amountMinor: 10_000 },
        { invoiceId: oct, amountMinor: 5_000 },
      ],
    });
    expect((await invoice(aug)).status).toBe('paid');
    expect(await invoice(oct)).toMatchObject({
      status: 'partially_paid',
      paidMinor: 5_000,
      outstandingMinor: 5_000,
    });

    const chosen = await pay({
      clientId,
      amountMinor: 3_000,
      method: 'card',
      receivedOn: '2026-11-10',
      reference: 'receipt 4411',
      allocations: [{ invoiceId: oct }],
    });
    expect(chosen.body.allocations).toEqual([
      { invoiceId: oct, invoiceNumber: expect.any(Number), amountMinor: 3_000 },
    ]);
    const last = await pay({ clientId, amountMinor: 2_000, method: 'cheque', receivedOn: TODAY });
    expect(last.body.allocations).toMatchObject([{ invoiceId: oct, amountMinor: 2_000 }]);

    const settled = await invoice(oct);
    expect(settled).toMatchObject({ status: 'paid', paidMinor: 10_000, outstandingMinor: 0 });
    expect(
      settled.payments.map((p: { method: string; allocatedMinor: number }) => [p.method, p.allocatedMinor]),
    ).toEqual([
      ['cash', 5_000],
      ['card', 3_000],
      ['cheque', 2_000],
    ]);
    expect((await invoice(nov)).status).toBe('open');
    expect(await balance(clientId)).toMatchObject({ receivableMinor: 10_000, creditBalanceMinor: 0 });

    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'payment.record' and entity_id = ${split.body.id}`,
    );
    expect(audit?.n).toBe(1);
  });

  it('turns an overpayment into credit, then spends it with service credit, never past the balance', async () => {
    const { clientId, invoices } = await bill(8_000, '2026-10-15');
    const [first, second] = invoices.map((i) => i.id) as [string, string];

    const over = await pay({
      clientId,
      amountMinor: 12_000,
      method: 'bank_transfer',
      receivedOn: '2026-11-16',
      allocations: [{ invoiceId: first }],
    });
    expect(over.status).toBe(201);
    expect(over.body.creditMinor).toBe(4_000);
    expect(await balance(clientId)).toMatchObject({
      receivableMinor: 8_000,
      creditBalanceMinor: 4_000,
      creditAvailableMinor: 4_000,
    });

    const tooMuch = await pay({ clientId, amountMinor: 5_000, method: 'service_credit', receivedOn: TODAY });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.message).toMatch(/credit balance has 4000/);

    const spent = await pay({ clientId, amountMinor: 4_000, method: 'service_credit', receivedOn: TODAY });
    expect(spent.status, JSON.stringify(spent.body)).toBe(201);
    expect(spent.body.allocations).toMatchObject([{ invoiceId: second, amountMinor: 4_000 }]);
    expect(await invoice(second)).toMatchObject({ status: 'partially_paid', outstandingMinor: 4_000 });
    expect(await balance(clientId)).toMatchObject({ receivableMinor: 4_000, creditBalanceMinor: 0 });
  });

  it('keeps a granted agreement credit for the invoices it was meant for', async () => {
    const { clientId, agreementId, invoices } = await bill(5_000, '2026-11-05');
    const granted = await owner.post(`/api/v1/agreements/${agreementId}/credits`, {
      amountMinor: 2_000,
      description: 'Thank-you',
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    expect(await balance(clientId)).toMatchObject({
      creditBalanceMinor: 2_000,
      creditReservedMinor: 2_000,
      creditAvailableMinor: 0,
    });
    const refused = await pay({
      clientId,
      amountMinor: 2_000,
      method: 'service_credit',
      receivedOn: TODAY,
      allocations: [{ invoiceId: invoices[0]?.id }],
    });
    expect(refused.status).toBe(422);
  });

  it('records every method on the right account, the trade fee apart', async () => {
    const { clientId, invoices } = await bill(70_000, '2026-11-01');
    const invoiceId = invoices[0]?.id as string;
    const before = await accounts();
    const payments = [
      { method: 'cash', amountMinor: 20_000, allocations: [{ invoiceId, amountMinor: 10_000 }] },
      { method: 'card', amountMinor: 10_000 },
      { method: 'cheque', amountMinor: 10_000, reference: 'cheque 000123' },
      { method: 'bank_transfer', amountMinor: 10_000 },
      { method: 'barter', amountMinor: 10_000, note: 'Catering for the studio party, fair market value' },
      { method: 'trade_currency', amountMinor: 10_000, exchangeFeeMinor: 500, note: 'ITEX' },
      { method: 'service_credit', amountMinor: 10_000 },
    ];
    for (const body of payments) {
      const response = await pay({ clientId, receivedOn: '2026-11-20', ...body });
      expect(response.status, `${body.method}: ${JSON.stringify(response.body)}`).toBe(201);
    }
    expect(await invoice(invoiceId)).toMatchObject({ status: 'paid', paidMinor: 70_000 });

    const after = await accounts();
    const delta = (code: string) => (after[code] ?? 0) - (before[code] ?? 0);
    expect({
      cash: delta('cash'),
      card_clearing: delta('card_clearing'),
      cheques: delta('cheques'),
      bank: delta('bank'),
      barter_receivable: delta('barter_receivable'),
      trade_currency: delta('trade_currency'),
      trade_exchange_fees: delta('trade_exchange_fees'),
      customer_credits: delta('customer_credits'),
      accounts_receivable: delta('accounts_receivable'),
    }).toEqual({
      cash: 20_000,
      card_clearing: 10_000,
      cheques: 10_000,
      bank: 10_000,
      barter_receivable: 10_000,
      trade_currency: 9_500,
      trade_exchange_fees: 500,
      customer_credits: 0,
      accounts_receivable: -70_000,
    });
    expect(await balance(clientId)).toMatchObject({ receivableMinor: 0, barterOwedMinor: 10_000 });

    const listed = await owner.get(`/api/v1/payments?clientId=${clientId}&limit=4`);
    expect(listed.body.items).toHaveLength(4);
    const rest = await owner.get(
      `/api/v1/payments?clientId=${clientId}&limit=4&cursor=${listed.body.nextCursor}`,
    );
    expect(rest.body.nextCursor).toBeNull();
    const all = [...listed.body.items, ...rest.body.items];
    expect(all.map((p: { method: string }) => p.method).sort()).toEqual(payments.map((p) => p.method).sort());
    expect(all.find((p: { method: string }) => p.method === 'trade_currency')?.exchangeFeeMinor).toBe(500);
    const traded = await owner.get(`/api/v1/payments?clientId=${clientId}&method=barter`);
    expect(traded.body.items).toHaveLength(1);
  });

  it('refuses bad amounts, policy breaches and hostile input with the reason, writing nothing', async () => {
    const { clientId, invoices } = await bill(6_000, '2026-11-02');
    const other = await bill(6_000, '2026-11-03');
    const voided = other.invoices[0]?.id as string;
    expect((await owner.post(`/api/v1/invoices/${voided}/void`, { reason: 'Billed in error' })).status).toBe(
      200,
    );
    const paidUp = await bill(1_000, '2026-11-04');
    expect(
      (await pay({ clientId: paidUp.clientId, amountMinor: 1_000, method: 'cash', receivedOn: TODAY }))
        .status,
    ).toBe(201);
    const invoiceId = invoices[0]?.id as string;
    const valid = { clientId, amountMinor: 1_000, method: 'cash', receivedOn: TODAY };
    const before = await billingFingerprint(t);

    const badInput: Record<string, unknown>[] = [
      { ...valid, amountMinor: 0 },
      { ...valid, amountMinor: -100 },
      { ...valid, amountMinor: 10.5 },
      { ...valid, amountMinor: MAX_PRICE_MINOR + 1 },
      { ...valid, amountMinor: '1000' },
      { ...valid, amountMinor: 1e300 },
      { ...valid, method: 'bitcoin' },
      { ...valid, method: undefined },
      { ...valid, receivedOn: '2026-02-30' },
      { ...valid, receivedOn: '23/11/2026' },
      { ...valid, clientId: "1' or '1'='1" },
      { ...valid, currency: 'EUR' },
      { ...valid, exchangeFeeMinor: 100 },
      { ...valid, method: 'trade_currency', exchangeFeeMinor: 2_000 },
      { ...valid, method: 'barter' },
      { ...valid, allocations: [] },
      { ...valid, allocations: [{ invoiceId: '<script>alert(1)</script>' }] },
      { ...valid, allocations: [{ invoiceId, amountMinor: 0 }] },
      { ...valid, reference: 'x'.repeat(201) },
      { ...valid, note: 'y'.repeat(2001) },
    ];
    for (const body of badInput) {
      const response = await pay(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
      expect(response.body.error.details.length).toBeGreaterThan(0);
    }

    const refused: [Record<string, unknown>, RegExp][] = [
      [{ ...valid, allocations: [{ invoiceId: voided }] }, /not one of this client/],
      [{ ...valid, clientId: other.clientId, allocations: [{ invoiceId: voided }] }, /void/],
      [{ ...valid, allocations: [{ invoiceId: paidUp.invoices[0]?.id }] }, /not one of this client/],
      [
        { ...valid, clientId: paidUp.clientId, allocations: [{ invoiceId: paidUp.invoices[0]?.id }] },
        /already paid/,
      ],
      [{ ...valid, allocations: [{ invoiceId, amountMinor: 6_001 }] }, /outstanding/],
      [{ ...valid, allocations: [{ invoiceId }, { invoiceId }] }, /twice/],
      [{ ...valid, receivedOn: '2026-11-24' }, /after today/],
      [{ ...valid, receivedOn: '2026-11-01', allocations: [{ invoiceId }] }, /issued on 2026-11-02/],
      [{ ...valid, method: 'barter', amountMinor: 6_001, note: 'Printing' }, /may not exceed/],
      [{ ...valid, method: 'trade_currency', amountMinor: 9_000 }, /may not exceed/],
      [{ ...valid, method: 'service_credit' }, /credit balance/],
      [{ ...valid, clientId: paidUp.clientId, method: 'service_credit' }, /may not exceed|credit balance/],
    ];
    for (const [body, reason] of refused) {
      const response = await pay(body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.body.error.code).toBe('rule_refused');
      expect(response.body.error.message).toMatch(reason);
    }
    const unknownClient = await pay({ ...valid, clientId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownClient.status).toBe(404);
    for (const query of [
      'status=open%27%20--',
      'cursor=forged!!',
      'limit=500',
      'clientId=x',
      'overdue=yes',
    ]) {
      expect((await owner.get(`/api/v1/invoices?${query}`)).status, query).toBe(400);
    }
    expect((await owner.get('/api/v1/payments?cursor=forged!!')).status).toBe(400);

    expect(await billingFingerprint(t)).toEqual(before);

    const hostileText = "'); drop table payments; -- <img src=x onerror=alert(1)>";
    const stored = await pay({ ...valid, reference: hostileText, note: hostileText });
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ reference: hostileText, note: hostileText });
  });

  it('never allocates the same amount twice when two payments arrive at once', async () => {
    const { clientId, invoices } = await bill(9_000, '2026-11-06');
    const both = await Promise.all([
      pay({ clientId, amountMinor: 9_000, method: 'cash', receivedOn: TODAY }),
      pay({ clientId, amountMinor: 9_000, method: 'card', receivedOn: TODAY }),
    ]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both.map((r) => r.body.creditMinor).sort()).toEqual([0, 9_000]);
    expect(await invoice(invoices[0]?.id as string)).toMatchObject({ status: 'paid', paidMinor: 9_000 });
    expect(await balance(clientId)).toMatchObject({ receivableMinor: 0, creditBalanceMinor: 9_000 });

    const { invoices: next } = await billedClient(t, owner, workspaceId, {
      clientId,
      priceMinor: 9_000,
      startsOn: '2026-11-07',
      through: TODAY,
    });
    const spend = await Promise.all([
      pay({
        clientId,
        amountMinor: 6_000,
        method: 'service_credit',
        receivedOn: TODAY,
        allocations: [{ invoiceId: next[0]?.id }],
      }),
      pay({ clientId, amountMinor: 6_000, method: 'service_credit', receivedOn: TODAY }),
    ]);
    expect(spend.map((r) => r.status).sort()).toEqual([201, 422]);
  });

  it('keeps billing from stand-ins, voids from staff, and every workspace to itself', async () => {
    const { clientId, invoices } = await bill(4_000, '2026-11-08');
    const invoiceId = invoices[0]?.id as string;
    const standIn = await signedInAs(t, workspaceId, 'stand_in');
    const staff = await signedInAs(t, workspaceId, 'staff');
    const body = { clientId, amountMinor: 1_000, method: 'cash', receivedOn: TODAY };

    const before = await billingFingerprint(t);
    for (const url of [
      '/api/v1/payments',
      '/api/v1/invoices',
      `/api/v1/invoices/${invoiceId}`,
      '/api/v1/invoices/aging',
      `/api/v1/clients/${clientId}/balance`,
      '/api/v1/ledger/balances',
      '/api/v1/ledger/check',
    ]) {
      expect((await standIn.get(url)).status, url).toBe(403);
    }
    expect((await standIn.post('/api/v1/payments', body)).status).toBe(403);
    expect((await standIn.post(`/api/v1/invoices/${invoiceId}/void`, { reason: 'x' })).status).toBe(403);
    expect((await staff.post(`/api/v1/invoices/${invoiceId}/void`, { reason: 'x' })).status).toBe(403);
    expect((await staff.get('/api/v1/ledger/check')).status).toBe(403);
    expect(await billingFingerprint(t)).toEqual(before);
    expect((await staff.post('/api/v1/payments', body)).status).toBe(201);
    expect((await staff.get(`/api/v1/clients/${clientId}/balance`)).body.receivableMinor).toBe(3_000);

    const stranger = await otherWorkspaceOwner(t);
    const snapshot = await billingFingerprint(t);
    expect((await stranger.post('/api/v1/payments', body)).status).toBe(404);
    expect((await stranger.get(`/api/v1/clients/${clientId}/balance`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/invoices/${invoiceId}`)).status).toBe(404);
    expect((await stranger.post(`/api/v1/invoices/${invoiceId}/void`, { reason: 'mine now' })).status).toBe(
      404,
    );
    expect((await stranger.get('/api/v1/invoices')).body.items).toEqual([]);
    expect((await stranger.get('/api/v1/payments')).body.items).toEqual([]);
    expect((await stranger.get('/api/v1/invoices/aging')).body.totals.total).toBe(0);
    expect((await stranger.get('/api/v1/ledger/check')).body).toMatchObject({ isBalanced: true, entries: 0 });
    expect(await billingFingerprint(t)).toEqual(snapshot);
  });
});
