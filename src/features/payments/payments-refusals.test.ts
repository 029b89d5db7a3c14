import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, TestApp } from '../../../test/support/test-app.ts';
import { MAX_PRICE_MINOR } from '../../core/money/minor-units.ts';
import {
  billedClient,
  billingFingerprint,
  otherWorkspaceOwner,
  signedInAs,
} from '../invoices/billing-test-fixtures.ts';
import { openPaymentsDesk, type PaymentsDesk, TODAY } from './payments-test-aids.ts';

describe('payment refusals, concurrency and access', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let bill: PaymentsDesk['bill'];
  let pay: PaymentsDesk['pay'];
  let invoice: PaymentsDesk['invoice'];
  let balance: PaymentsDesk['balance'];

  beforeAll(async () => {
    ({ t, owner, workspaceId, bill, pay, invoice, balance } = await openPaymentsDesk());
  });
  afterAll(() => t.close());

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
