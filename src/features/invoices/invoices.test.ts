import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { billedClient, billingFingerprint, invoicesOfAgreement } from './billing-test-fixtures.ts';

const TODAY = '2026-11-23'; // the test clock's date, workspace in UTC

describe('invoices', () => {
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
  const voidIt = (id: string, body: Record<string, unknown>) =>
    owner.post(`/api/v1/invoices/${id}/void`, body);
  const balance = async (clientId: string) => (await owner.get(`/api/v1/clients/${clientId}/balance`)).body;
  const ledgerIsBalanced = async () => {
    const check = await owner.get('/api/v1/ledger/check');
    expect(check.body.problems).toEqual([]);
    return check.body.isBalanced;
  };

  it('lists newest first with filters, figures and overdue days, a page at a time', async () => {
    const { clientId, agreementId, invoices } = await bill(10_000, '2026-08-10');
    // Aug 10, Sep 10, Oct 10, Nov 10, each due 14 days later.
    expect(invoices.map((i) => i.dueOn)).toEqual(['2026-08-24', '2026-09-24', '2026-10-24', '2026-11-24']);
    await pay({ clientId, amountMinor: 14_000, method: 'bank_transfer', receivedOn: TODAY });

    const mine = (query: string) => owner.get(`/api/v1/invoices?clientId=${clientId}&${query}`);
    const all = await mine('limit=200');
    expect(all.body.items.map((i: { issuedOn: string }) => i.issuedOn)).toEqual([
      '2026-11-10',
      '2026-10-10',
      '2026-09-10',
      '2026-08-10',
    ]);
    expect(all.body.items[3]).toMatchObject({
      status: 'paid',
      paidMinor: 10_000,
      outstandingMinor: 0,
      isOverdue: false,
      daysOverdue: 0,
      clientId,
      agreementId,
      currency: 'USD',
    });
    expect(all.body.items[2]).toMatchObject({
      status: 'partially_paid',
      outstandingMinor: 6_000,
      isOverdue: true,
      daysOverdue: 60,
    });
    expect(all.body.items[0]).toMatchObject({ status: 'open', isOverdue: false, daysOverdue: 0 });

    const overdue = await mine('overdue=true');
    expect(overdue.body.items.map((i: { issuedOn: string }) => i.issuedOn)).toEqual([
      '2026-10-10',
      '2026-09-10',
    ]);
    const notOverdue = await mine('overdue=false');
    expect(notOverdue.body.items).toHaveLength(2);
    expect((await mine('status=partially_paid')).body.items).toHaveLength(1);
    expect((await mine('issuedFrom=2026-09-01&issuedTo=2026-10-31')).body.items).toHaveLength(2);
    expect((await owner.get(`/api/v1/invoices?agreementId=${agreementId}`)).body.items).toHaveLength(4);

    const first = await mine('limit=3');
    expect(first.body.items).toHaveLength(3);
    const second = await mine(`limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [{ issuedOn: '2026-08-10' }], nextCursor: null });
  });

  it('shows one invoice with its lines, payments and journal', async () => {
    const { clientId, invoices } = await bill(7_500, '2026-11-11');
    const invoiceId = invoices[0]?.id as string;
    const paid = await pay({
      clientId,
      amountMinor: 2_500,
      method: 'cheque',
      receivedOn: TODAY,
      reference: 'No. 88',
    });

    const detail = await owner.get(`/api/v1/invoices/${invoiceId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: invoiceId,
      totalMinor: 7_500,
      paidMinor: 2_500,
      outstandingMinor: 5_000,
      lines: [{ lineNo: 1, kind: 'base', amountMinor: 7_500 }],
      payments: [{ paymentId: paid.body.id, method: 'cheque', reference: 'No. 88', allocatedMinor: 2_500 }],
      replacedBy: null,
    });
    expect(
      detail.body.journal.map((e: { sourceKind: string; receivableMinor: number }) => [
        e.sourceKind,
        e.receivableMinor,
      ]),
    ).toEqual([
      ['invoice', 7_500],
      ['payment', -2_500],
    ]);
    expect((await owner.get('/api/v1/invoices/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await owner.get('/api/v1/invoices/not-an-id')).status).toBe(400);
  });

  it('voids an unpaid invoice by reversing its entry, and the next billing run replaces it', async () => {
    const { clientId, agreementId, invoices } = await bill(5_000, '2026-11-12');
    const original = invoices[0] as { id: string; number: number };

    const voided = await voidIt(original.id, { reason: 'Wrong rate agreed on the phone' });
    expect(voided.status, JSON.stringify(voided.body)).toBe(200);
    expect(voided.body).toMatchObject({
      invoice: {
        status: 'void',
        voidReason: 'Wrong rate agreed on the phone',
        outstandingMinor: 0,
        paidMinor: 0,
      },
      unallocated: [],
      replacement: null,
      replacementNote: expect.stringMatching(/next billing run/),
    });
    expect(
      voided.body.invoice.journal.map((e: { sourceKind: string; receivableMinor: number }) => [
        e.sourceKind,
        e.receivableMinor,
      ]),
    ).toEqual([
      ['invoice', 5_000],
      ['void', -5_000],
    ]);
    expect(await balance(clientId)).toMatchObject({ receivableMinor: 0 });
    const [audit] = await queryRows<{ before: { status: string }; after: { status: string } }>(
      t.database.db,
      sql`select before, after from audit_log where action = 'invoice.void' and entity_id = ${original.id}`,
    );
    expect(audit).toMatchObject({ before: { status: 'open' }, after: { status: 'void' } });

    const again = await voidIt(original.id, { reason: 'Twice' });
    expect(again.status).toBe(422);
    expect(again.body.error.message).toMatch(/already void/);

    await owner.post('/api/v1/billing/runs', { through: TODAY });
    const after = await invoicesOfAgreement(owner, agreementId);
    expect(after.map((i) => [i.number === original.number, i.status])).toEqual([
      [true, 'void'],
      [false, 'open'],
    ]);
    expect(await ledgerIsBalanced()).toBe(true);
  });

  it('refuses to void a paid invoice unless its payments move to credit, then reissues it at once', async () => {
    const { clientId, agreementId, invoices } = await bill(6_000, '2026-11-13');
    const original = invoices[0] as { id: string; number: number };
    const first = await pay({ clientId, amountMinor: 4_000, method: 'cash', receivedOn: TODAY });
    const second = await pay({ clientId, amountMinor: 2_000, method: 'card', receivedOn: TODAY });
    expect(second.body.allocations).toHaveLength(1);

    const before = await billingFingerprint(t);
    const refused = await voidIt(original.id, { reason: 'Price changed' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'rule_refused',
      message: expect.stringMatching(/6000 paid on it/),
      details: [{ path: 'unallocate' }],
    });
    for (const body of [
      {},
      { reason: '' },
      { reason: 'x'.repeat(501) },
      { reason: 'ok', unallocate: 'yes' },
      { reason: 'ok', extra: 1 },
    ]) {
      expect((await voidIt(original.id, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await voidIt('00000000-0000-4000-8000-000000000000', { reason: 'Nope' })).status).toBe(404);
    expect(await billingFingerprint(t)).toEqual(before);

    const { number: lastNumber } = (
      await queryRows<{ number: number }>(t.database.db, sql`select max(number)::int as number from invoices`)
    )[0] as { number: number };
    const voided = await voidIt(original.id, { reason: 'Price changed', unallocate: true, reissue: true });
    expect(voided.status, JSON.stringify(voided.body)).toBe(200);
    expect(voided.body.unallocated).toEqual(
      [
        { paymentId: first.body.id, amountMinor: 4_000 },
        { paymentId: second.body.id, amountMinor: 2_000 },
      ].sort((a, b) => (a.paymentId < b.paymentId ? -1 : 1)),
    );
    expect(voided.body.invoice).toMatchObject({ status: 'void', paidMinor: 0, payments: [] });
    expect(voided.body.replacement).toMatchObject({
      number: lastNumber + 1,
      status: 'open',
      totalMinor: 6_000,
      replacesInvoiceId: original.id,
      periodIndex: 0,
    });
    expect(voided.body.replacementNote).toBe(`Replaced by invoice ${lastNumber + 1}`);
    expect((await owner.get(`/api/v1/invoices/${original.id}`)).body.replacedBy).toEqual({
      id: voided.body.replacement.id,
      number: lastNumber + 1,
    });
    expect(await balance(clientId)).toMatchObject({
      receivableMinor: 6_000,
      creditBalanceMinor: 6_000,
      creditAvailableMinor: 6_000,
    });
    const moved = await owner.get(`/api/v1/payments?clientId=${clientId}`);
    expect(
      moved.body.items.map((p: { creditMinor: number; allocations: unknown[] }) => [
        p.creditMinor,
        p.allocations,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [4_000, []],
        [2_000, []],
      ]),
    );

    const respent = await pay({ clientId, amountMinor: 6_000, method: 'service_credit', receivedOn: TODAY });
    expect(respent.status, JSON.stringify(respent.body)).toBe(201);
    expect(respent.body.allocations).toMatchObject([
      { invoiceId: voided.body.replacement.id, amountMinor: 6_000 },
    ]);
    expect(await balance(clientId)).toMatchObject({ receivableMinor: 0, creditBalanceMinor: 0 });
    expect(await invoicesOfAgreement(owner, agreementId)).toHaveLength(2);
    const audits = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where action in ('payment.unallocate', 'invoice.void', 'invoice.reissue')
          and (entity_id = ${original.id} or entity_id = ${voided.body.replacement.id}
            or entity_id = ${first.body.id} or entity_id = ${second.body.id}) order by action`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'invoice.reissue',
      'invoice.void',
      'payment.unallocate',
      'payment.unallocate',
    ]);
    expect(await ledgerIsBalanced()).toBe(true);
  });

  it('documents its endpoints in the OpenAPI document', async () => {
    const document = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(document.statusCode).toBe(200);
    expect(Object.keys(document.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/invoices',
        '/api/v1/invoices/aging',
        '/api/v1/invoices/{id}',
        '/api/v1/invoices/{id}/void',
        '/api/v1/payments',
        '/api/v1/clients/{id}/balance',
        '/api/v1/ledger/check',
        '/api/v1/ledger/balances',
      ]),
    );
  });

  it('refuses to edit or delete a posted invoice, changing nothing', async () => {
    const { invoices } = await bill(3_000, '2026-11-14');
    const invoiceId = invoices[0]?.id as string;
    const before = await billingFingerprint(t);
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const response = await owner.send(
        method,
        `/api/v1/invoices/${invoiceId}`,
        method === 'DELETE' ? undefined : { totalMinor: 1 },
      );
      expect(response.status, method).toBe(422);
      expect(response.body.error.message).toMatch(/never edited, only voided and replaced/);
    }
    expect((await owner.patch('/api/v1/invoices/00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
    expect(await billingFingerprint(t)).toEqual(before);
  });
});
