import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { billedClient, invoicesOfAgreement, signedInAs } from '../invoices/billing-test-fixtures.ts';

const TODAY = '2026-11-23'; // the test clock's date, workspace in UTC

describe('ledger', () => {
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

  const check = async () => {
    const response = await owner.get('/api/v1/ledger/check');
    expect(response.status).toBe(200);
    return response.body;
  };
  const run = (sqlText: ReturnType<typeof sql>) => t.database.db.execute(sqlText);

  it('proves the books after a mixed history: holiday, reduction, credit, every kind of payment, voids', async () => {
    expect(await check()).toEqual({ isBalanced: true, entries: 0, clients: 0, invoices: 0, problems: [] });

    // June … August billed, then a two-month holiday, then a 25 % reduction and a credit.
    const saved = await billedClient(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-06-01',
      through: '2026-08-31',
    });
    const adjust = (body: Record<string, unknown>) =>
      owner.post(`/api/v1/agreements/${saved.agreementId}/adjustments`, body);
    expect(
      (await adjust({ kind: 'payment_holiday', fromPeriod: 3, periods: 2, reason: 'Lost a contract' }))
        .status,
    ).toBe(201);
    expect((await adjust({ kind: 'reduction', fromPeriod: 5, periods: 3, basisPoints: 2_500 })).status).toBe(
      201,
    );
    const credit = await owner.post(`/api/v1/agreements/${saved.agreementId}/credits`, {
      amountMinor: 1_000,
      fromPeriod: 5,
      description: 'Thank-you for your patience',
    });
    expect(credit.status, JSON.stringify(credit.body)).toBe(201);
    expect((await owner.post('/api/v1/billing/runs', { through: TODAY })).status).toBe(201);
    const invoices = await invoicesOfAgreement(owner, saved.agreementId);
    expect(invoices.map((i) => i.totalMinor)).toEqual([10_000, 10_000, 10_000, 0, 0, 6_500]);

    const other = await billedClient(t, owner, workspaceId, {
      priceMinor: 20_000,
      startsOn: '2026-10-01',
      through: TODAY,
    });
    const pay = async (body: Record<string, unknown>) => {
      const response = await owner.post('/api/v1/payments', { receivedOn: TODAY, ...body });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body;
    };
    await pay({ clientId: saved.clientId, amountMinor: 15_000, method: 'cash' });
    await pay({ clientId: saved.clientId, amountMinor: 5_000, method: 'barter', note: 'Logo design' });
    await pay({ clientId: saved.clientId, amountMinor: 18_000, method: 'bank_transfer' }); // 1,500 over
    await pay({
      clientId: other.clientId,
      amountMinor: 20_000,
      method: 'trade_currency',
      exchangeFeeMinor: 1_000,
    });
    await pay({ clientId: other.clientId, amountMinor: 7_000, method: 'cheque' });

    const holidayInvoice = invoices[3]?.id as string;
    const voidHoliday = await owner.post(`/api/v1/invoices/${holidayInvoice}/void`, {
      reason: 'Holiday line reworded',
      reissue: true,
    });
    expect(voidHoliday.body.replacement).toMatchObject({ totalMinor: 0, status: 'paid' });
    const paidOctober = other.invoices[0]?.id as string;
    const voidPaid = await owner.post(`/api/v1/invoices/${paidOctober}/void`, {
      reason: 'Billed the wrong entity',
      unallocate: true,
    });
    expect(voidPaid.status, JSON.stringify(voidPaid.body)).toBe(200);
    await pay({ clientId: other.clientId, amountMinor: 13_000, method: 'service_credit' });

    const report = await check();
    expect(report.problems).toEqual([]);
    const [stored] = await queryRows<{ entries: number; invoices: number }>(
      t.database.db,
      sql`select (select count(*) from journal_entries)::int as entries, (select count(*) from invoices)::int as invoices`,
    );
    expect(report).toMatchObject({ isBalanced: true, clients: 2, ...stored });

    const trial = await owner.get('/api/v1/ledger/balances');
    expect(trial.body.totalDebitMinor).toBe(trial.body.totalCreditMinor);
    const byCode = Object.fromEntries(
      trial.body.accounts.map((a: { code: string; balanceMinor: number }) => [a.code, a.balanceMinor]),
    );
    // Two periods deferred; November, the first period after the holiday (open-ended: the
    // payback starts at once), is paid, so one period's full price has come back.
    expect(byCode).toMatchObject({
      holiday_deferred: 10_000,
      holiday_deferred_offset: 10_000,
      trade_exchange_fees: 1_000,
    });
    expect((await owner.get(`/api/v1/clients/${saved.clientId}/balance`)).body).toMatchObject({
      deferredHolidayMinor: 10_000,
      receivableMinor: 0,
      creditBalanceMinor: 1_500,
    });
    const august = await owner.get('/api/v1/ledger/balances?asOf=2026-08-31');
    expect(august.body.accounts.find((a: { code: string }) => a.code === 'revenue').balanceMinor).toBe(
      30_000,
    );
  });

  it('reports a journal line or a paid amount tampered with in SQL, and is sound again once undone', async () => {
    const { clientId } = await billedClient(t, owner, workspaceId, {
      priceMinor: 3_000,
      startsOn: '2026-11-15',
      through: TODAY,
    });
    await owner.post('/api/v1/payments', { clientId, amountMinor: 3_000, method: 'cash', receivedOn: TODAY });
    expect((await check()).isBalanced).toBe(true);

    const [line] = await queryRows<{ entry_id: string; line_no: number }>(
      t.database.db,
      sql`select l.entry_id, l.line_no from journal_lines l
          join journal_entries e on e.workspace_id = l.workspace_id and e.id = l.entry_id
          where e.source_kind = 'payment' and l.client_id = ${clientId} and l.debit_minor > 0 limit 1`,
    );
    const target = sql`entry_id = ${line?.entry_id} and line_no = ${line?.line_no}`;
    await run(sql`update journal_lines set debit_minor = debit_minor + 1 where ${target}`);
    const tampered = await check();
    expect(tampered.isBalanced).toBe(false);
    expect(tampered.problems.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['unbalanced_entry', 'unbalanced_journal', 'sql_unbalanced_entry']),
    );
    await run(sql`update journal_lines set debit_minor = debit_minor - 1 where ${target}`);
    expect((await check()).isBalanced).toBe(true);

    await run(sql`update invoices set paid_minor = 0 where client_id = ${clientId}`);
    const stale = await check();
    expect(stale.problems).toEqual([expect.objectContaining({ code: 'paid_mismatch', clientId })]);
    await run(sql`update invoices set paid_minor = total_minor where client_id = ${clientId}`);

    await run(sql`update journal_lines set client_id = null where ${target}`);
    expect((await check()).problems.length).toBe(0); // a cash line names no account that needs a client
    await run(sql`update journal_lines set client_id = ${clientId} where ${target}`);
    await run(sql`update journal_lines set credit_minor = credit_minor + 500 where client_id = ${clientId}
      and account = 'accounts_receivable' and credit_minor > 0`);
    const receivable = await check();
    expect(receivable.problems.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining([
        'invoice_receivable_mismatch',
        'client_receivable_mismatch',
        'sql_client_receivable_mismatch',
      ]),
    );
    await run(sql`update journal_lines set credit_minor = credit_minor - 500 where client_id = ${clientId}
      and account = 'accounts_receivable' and credit_minor > 0`);
    expect(await check()).toMatchObject({ isBalanced: true, problems: [] });
  });

  it('lets the owner alone check the ledger; staff see the trial balance; stand-ins neither', async () => {
    const staff = await signedInAs(t, workspaceId, 'staff');
    const standIn = await signedInAs(t, workspaceId, 'stand_in');
    expect((await staff.get('/api/v1/ledger/check')).status).toBe(403);
    expect((await staff.get('/api/v1/ledger/balances')).status).toBe(200);
    expect((await standIn.get('/api/v1/ledger/balances')).status).toBe(403);
    expect((await owner.get('/api/v1/ledger/balances?asOf=soon')).status).toBe(400);
  });
});
