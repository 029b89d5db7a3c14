import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { openPaymentsDesk, type PaymentsDesk, TODAY } from './payments-test-aids.ts';

describe('payments', () => {
  let t: TestApp;
  let owner: ApiClient;
  let bill: PaymentsDesk['bill'];
  let pay: PaymentsDesk['pay'];
  let invoice: PaymentsDesk['invoice'];
  let balance: PaymentsDesk['balance'];
  let accounts: PaymentsDesk['accounts'];

  beforeAll(async () => {
    ({ t, owner, bill, pay, invoice, balance, accounts } = await openPaymentsDesk());
  });
  afterAll(() => t.close());

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
});
