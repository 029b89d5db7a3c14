import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { billedClient } from './billing-test-fixtures.ts';

const TODAY = '2026-11-23'; // the test clock's date, workspace in UTC

describe('receivables aging', () => {
  let t: TestApp;
  let owner: ApiClient;
  let late: { clientId: string; invoices: { id: string; issuedOn: string }[] };
  let fresh: { clientId: string };

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    const workspaceId = setup.me.workspace.id;
    // May … Nov, 10,000 each, due on the 15th; one more client billed on Nov 20, due Dec 4.
    late = await billedClient(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-05-01',
      through: TODAY,
      name: 'Late Payer Ltd',
    });
    fresh = await billedClient(t, owner, workspaceId, {
      priceMinor: 4_000,
      startsOn: '2026-11-20',
      through: TODAY,
      name: 'Fresh Start',
    });
    // Paid on Sep 1 (settles May, oldest first); June voided today.
    const paid = await owner.post('/api/v1/payments', {
      clientId: late.clientId,
      amountMinor: 10_000,
      method: 'bank_transfer',
      receivedOn: '2026-09-01',
    });
    expect(paid.body.allocations).toMatchObject([{ invoiceId: late.invoices[0]?.id }]);
    const june = late.invoices.find((invoice) => invoice.issuedOn === '2026-06-01');
    expect((await owner.post(`/api/v1/invoices/${june?.id}/void`, { reason: 'Duplicate' })).status).toBe(200);
  });
  afterAll(() => t.close());

  const aging = async (asOf?: string) => {
    const response = await owner.get(`/api/v1/invoices/aging${asOf ? `?asOf=${asOf}` : ''}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };

  it('ages what is owed today by days past due, in total and per client', async () => {
    const report = await aging();
    expect(report.asOf).toBe(TODAY);
    expect(report.currency).toBe('USD');
    // Jul 15 → 131 days, Aug 15 → 100, Sep 15 → 69, Oct 15 → 39, Nov 15 → 8; Nov 20's is not due yet.
    expect(report.totals).toEqual({
      current: 4_000,
      days1To30: 10_000,
      days31To60: 10_000,
      days61To90: 10_000,
      days90Plus: 20_000,
      total: 54_000,
    });
    expect(report.clients).toEqual([
      {
        clientId: late.clientId,
        clientName: 'Late Payer Ltd',
        oldestDaysPastDue: 131,
        current: 0,
        days1To30: 10_000,
        days31To60: 10_000,
        days61To90: 10_000,
        days90Plus: 20_000,
        total: 50_000,
      },
      expect.objectContaining({
        clientId: fresh.clientId,
        current: 4_000,
        total: 4_000,
        oldestDaysPastDue: 0,
      }),
    ]);
  });

  it('ages a past date as it stood then: later payments and voids do not count yet', async () => {
    // Through Aug 20: May (97 days), June (66), July (36), August (5); the payment and the void came later.
    expect((await aging('2026-08-20')).totals).toEqual({
      current: 0,
      days1To30: 10_000,
      days31To60: 10_000,
      days61To90: 10_000,
      days90Plus: 10_000,
      total: 40_000,
    });
    expect((await aging('2026-05-15')).totals).toMatchObject({ current: 10_000, total: 10_000 });
    expect((await aging('2026-05-16')).totals).toMatchObject({ current: 0, days1To30: 10_000 });
    expect(await aging('2026-04-30')).toMatchObject({ totals: { total: 0 }, clients: [] });
  });

  it('refuses a malformed date', async () => {
    for (const asOf of ['2026-13-01', 'yesterday', "2026-01-01' or 1=1"]) {
      expect((await owner.get(`/api/v1/invoices/aging?asOf=${encodeURIComponent(asOf)}`)).status).toBe(400);
    }
  });
});
