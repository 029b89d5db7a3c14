// The scenarios, end to end through the API on a real database (PGlite, and
// PostgreSQL when RAPPORT_TEST_DATABASE_URL is set).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clientWhoCalled, invoicesOf } from './save-test-aids.ts';

describe('the call, end to end', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  const start = new Date('2026-11-23T09:00:00Z');

  beforeAll(async () => {
    t = await startTestApp(); // workspace in UTC, currency USD
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
  });
  beforeEach(() => {
    t.clock.current = start;
  });
  afterAll(() => t.close());

  it('holiday of 3 periods on a 12-period agreement: 3 zero invoices, the end moved by 3, the total unchanged', async () => {
    const call = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 12_000,
      startsOn: '2026-06-24',
      termEnd: '2027-06-23',
      through: '2026-11-23', // periods 0…4 invoiced
    });
    // Listening first: the relationship view comes with the case.
    const opened = await owner.get(`/api/v1/saves/${call.caseId}`);
    expect(opened.body).toMatchObject({
      status: 'open',
      reason: { code: 'cant_afford', label: 'Can’t afford it' },
      causes: ['lost contract', 'cash flow'],
      relationship: { lifetimeValueMinor: 0, openCallbacks: 0, currency: 'USD' },
      offers: [],
    });

    const proposed = await owner.post(`/api/v1/saves/${call.caseId}/offers`, { kind: 'holiday' });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const { offer, preview } = proposed.body;
    expect(offer).toMatchObject({
      kind: 'holiday',
      status: 'proposed',
      fromPeriod: 5,
      terms: { periods: 3 },
      startsOn: '2026-11-24',
      endsOn: '2027-02-23',
      returnsOn: '2027-02-24',
      revenueEffectMinor: 0,
      override: null,
    });
    expect(preview.without.map((p: { totalMinor: number }) => p.totalMinor)).toEqual([
      12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 0, 0, 0, 0, 0,
    ]);
    expect(preview.with.map((p: { totalMinor: number }) => p.totalMinor)).toEqual([
      0, 0, 0, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 0, 0,
    ]);
    expect(preview.with[0].lines.map((l: { kind: string }) => l.kind)).toEqual(['base', 'holiday']);
    expect(preview.next12).toEqual({
      periods: 12,
      withoutMinor: 84_000,
      withMinor: 84_000,
      differenceMinor: 0,
    });
    expect(preview.termWithout).toEqual({ effectiveEnd: '2027-06-23', commitmentEnd: '2027-06-23' });
    expect(preview.termWith).toEqual({ effectiveEnd: '2027-09-23', commitmentEnd: '2027-09-23' });

    const accepted = await owner.post(`/api/v1/saves/${call.caseId}/offers/${offer.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.confirmation).toBe(
      'Your payment holiday covers the invoices of 24 Nov, 24 Dec 2026 and 24 Jan 2027; ' +
        'billing resumes on 24 Feb 2027 at $120.00; in return your agreement now runs to 23 Sep 2027.',
    );
    expect(accepted.body.offer).toMatchObject({
      status: 'accepted',
      confirmation: accepted.body.confirmation,
    });
    const agreement = (await owner.get(`/api/v1/agreements/${call.agreementId}`)).body;
    expect(agreement.effectiveEnd).toBe('2027-09-23');
    expect(agreement.adjustments).toMatchObject([
      { id: accepted.body.offer.adjustmentId, kind: 'payment_holiday', fromPeriod: 5, terms: { periods: 3 } },
    ]);

    const saved = await owner.post(`/api/v1/saves/${call.caseId}/outcome`, { outcome: 'saved' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ status: 'saved', acceptedKinds: ['holiday'], postMortem: null });

    t.clock.current = new Date('2027-12-31T09:00:00Z');
    await owner.post('/api/v1/billing/runs', { through: '2027-12-31' });
    const invoices = await invoicesOf(t, call.agreementId);
    expect(invoices.map((i) => i.total_minor)).toEqual([
      12_000, 12_000, 12_000, 12_000, 12_000, 0, 0, 0, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000,
    ]);
    expect(invoices.at(-1)?.period_start).toBe('2027-08-24');
    expect(invoices.reduce((sum, i) => sum + i.total_minor, 0)).toBe(12 * 12_000);
  });

  it('50 % for 3 periods, then full price by itself', async () => {
    const call = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-10-01',
      through: '2026-11-23', // periods 0 and 1
    });
    const proposed = await owner.post(`/api/v1/saves/${call.caseId}/offers`, {
      kind: 'reduction',
      basisPoints: 5_000,
      periods: 3,
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body.offer).toMatchObject({
      fromPeriod: 2,
      returnsOn: '2027-03-01',
      revenueEffectMinor: -15_000,
    });
    expect(proposed.body.preview.with.slice(0, 5).map((p: { totalMinor: number }) => p.totalMinor)).toEqual([
      5_000, 5_000, 5_000, 10_000, 10_000,
    ]);
    const accepted = await owner.post(`/api/v1/saves/${call.caseId}/offers/${proposed.body.offer.id}/accept`);
    expect(accepted.body.confirmation).toBe(
      'Your 50% reduction applies to the invoices of 1 Dec 2026, 1 Jan and 1 Feb 2027: $50.00 instead of $100.00 each; ' +
        'billing returns to the full price on 1 Mar 2027 ($100.00).',
    );
    await owner.post(`/api/v1/saves/${call.caseId}/outcome`, { outcome: 'saved' });
    t.clock.current = new Date('2027-04-30T09:00:00Z');
    await owner.post('/api/v1/billing/runs', { through: '2027-04-30' });
    expect((await invoicesOf(t, call.agreementId)).map((i) => i.total_minor)).toEqual([
      10_000, 10_000, 5_000, 5_000, 5_000, 10_000, 10_000,
    ]);
  });

  describe('early cancel during a holiday’s payback', () => {
    /** An open-ended client on a 3-period holiday from December, who pays the first extension period, then leaves. */
    async function leavesAfterOnePayback(name: string) {
      const first = await clientWhoCalled(t, owner, workspaceId, {
        priceMinor: 10_000,
        startsOn: '2026-08-15',
        through: '2026-11-23', // periods 0…3
        name,
      });
      const offer = (
        await owner.post(`/api/v1/saves/${first.caseId}/offers`, { kind: 'holiday', periods: 3 })
      ).body.offer;
      expect(offer.fromPeriod).toBe(4);
      await owner.post(`/api/v1/saves/${first.caseId}/offers/${offer.id}/accept`);
      await owner.post(`/api/v1/saves/${first.caseId}/outcome`, { outcome: 'saved' });

      t.clock.current = new Date('2027-03-20T09:00:00Z');
      await owner.post('/api/v1/billing/runs', { through: '2027-03-20' }); // periods 4…7: 0, 0, 0, 100
      const invoices = await invoicesOf(t, first.agreementId);
      expect(invoices.map((i) => i.total_minor)).toEqual([10_000, 10_000, 10_000, 10_000, 0, 0, 0, 10_000]);
      const paid = await owner.post('/api/v1/payments', {
        clientId: first.clientId,
        amountMinor: 50_000,
        method: 'bank_transfer',
        receivedOn: '2027-03-20',
      });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);

      const second = await owner.post('/api/v1/saves', {
        clientId: first.clientId,
        reason: 'business_closing',
        notes: 'Closing the shop at the end of the month.',
      });
      const cancelled = await owner.post(`/api/v1/saves/${second.body.id}/outcome`, {
        outcome: 'cancelled',
        postMortem: {
          whatFailed: 'We heard of the trouble only when they called to cancel.',
          correctiveActions: [
            { title: 'Check in with every client on a holiday monthly', dueOn: '2027-04-01' },
          ],
        },
      });
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
      return { ...first, closing: cancelled.body };
    }

    it('bills the remaining deferred balance: one invoice, the memo cleared, the ledger balanced', async () => {
      const left = await leavesAfterOnePayback('Bill Leaving');
      expect(left.closing).toMatchObject({
        status: 'cancelled',
        relationship: { earlierCases: 1 },
        deferredSettlement: { kind: 'bill', amountMinor: 20_000 },
        postMortem: {
          reason: 'Business closing',
          whatFailed: 'We heard of the trouble only when they called to cancel.',
          correctiveActions: [
            { title: 'Check in with every client on a holiday monthly', dueOn: '2027-04-01' },
          ],
        },
      });
      const agreement = (await owner.get(`/api/v1/agreements/${left.agreementId}`)).body;
      expect(agreement.status).toBe('cancelled');
      expect(agreement.adjustments.at(-1)).toMatchObject({ kind: 'cancellation', fromPeriod: 8 });

      const invoice = (await owner.get(`/api/v1/invoices/${left.closing.deferredSettlement.invoiceId}`)).body;
      expect(invoice).toMatchObject({ totalMinor: 20_000, issuedOn: '2027-03-20', dueOn: '2027-04-03' });
      expect(invoice.lines).toMatchObject([
        {
          kind: 'base',
          amountMinor: 20_000,
          description:
            'Payment holiday not paid back: 3 periods from 15 Dec 2026, cancelled before the commitment ended',
        },
      ]);
      const balance = (await owner.get(`/api/v1/clients/${left.clientId}/balance`)).body;
      expect(balance).toMatchObject({ receivableMinor: 20_000, deferredHolidayMinor: 0 });
      expect((await owner.get('/api/v1/ledger/check')).body).toMatchObject({ isBalanced: true });
      // Billing stops at the period end: nothing more is invoiced.
      t.clock.current = new Date('2027-12-31T09:00:00Z');
      await owner.post('/api/v1/billing/runs', { through: '2027-12-31' });
      expect((await invoicesOf(t, left.agreementId)).map((i) => i.total_minor).slice(8)).toEqual([20_000]);
    });

    it('or waives it, recorded on the case, with nothing billed', async () => {
      expect(
        (await owner.patch('/api/v1/policy', { saves: { deferredOnEarlyCancel: 'waive' } })).status,
      ).toBe(200);
      const left = await leavesAfterOnePayback('Wendy Waived');
      expect(left.closing.deferredSettlement).toEqual({
        kind: 'waive',
        amountMinor: 20_000,
        invoiceId: null,
      });
      expect((await invoicesOf(t, left.agreementId)).map((i) => i.total_minor)).toEqual([
        10_000, 10_000, 10_000, 10_000, 0, 0, 0, 10_000,
      ]);
      const balance = (await owner.get(`/api/v1/clients/${left.clientId}/balance`)).body;
      expect(balance).toMatchObject({ receivableMinor: 0, deferredHolidayMinor: 0 });
      expect((await owner.get('/api/v1/ledger/check')).body).toMatchObject({ isBalanced: true });
      await owner.patch('/api/v1/policy', { saves: { deferredOnEarlyCancel: 'bill' } });
    });
  });
});
