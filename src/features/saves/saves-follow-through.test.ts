// Downgrade and pause outcomes, the follow-through (Today's reminders, the client badge)
// and the figures, over one small book of cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { clientWhoCalled, invoicesOf, type SaveFixture } from './save-test-aids.ts';

describe('save desk follow-through and figures', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  const cases: Record<string, SaveFixture> = {};

  const saveWith = async (name: string, offer: Record<string, unknown>, outcome: string) => {
    const call = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-10-01',
      through: '2026-11-23',
      name,
    });
    const proposed = await owner.post(`/api/v1/saves/${call.caseId}/offers`, offer);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const accepted = await owner.post(`/api/v1/saves/${call.caseId}/offers/${proposed.body.offer.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const closed = await owner.post(`/api/v1/saves/${call.caseId}/outcome`, { outcome });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    cases[name] = call;
    return { call, proposed: proposed.body, accepted: accepted.body };
  };

  beforeAll(async () => {
    t = await startTestApp(); // 2026-11-23, UTC, USD
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
  });
  afterAll(() => t.close());

  it('downgrades to a cheaper plan from the next period, with the plan in the confirmation', async () => {
    const lite = (await owner.post('/api/v1/plans', { name: 'Lite', priceMinor: 6_000, interval: 'month' }))
      .body;
    const { call, proposed, accepted } = await saveWith(
      'Dora Downgrade',
      { kind: 'downgrade', planId: lite.id },
      'downgraded',
    );
    expect(proposed.offer).toMatchObject({
      terms: { planId: lite.id, planName: 'Lite', priceMinor: 6_000 },
      endsOn: null,
    });
    expect(proposed.preview.next12.differenceMinor).toBe(-48_000);
    expect(accepted.confirmation).toBe(
      'From 1 Dec 2026 your plan is Lite at $60.00 a month instead of $100.00.',
    );
    const agreement = (await owner.get(`/api/v1/agreements/${call.agreementId}`)).body;
    expect(agreement.adjustments[0]).toMatchObject({
      kind: 'price_change',
      fromPeriod: 2,
      terms: { priceMinor: 6_000 },
    });
  });

  it('pauses until the first period starting on or after the resume date', async () => {
    const { proposed, accepted } = await saveWith(
      'Paula Pause',
      { kind: 'pause', resumesOn: '2027-02-15' },
      'paused',
    );
    expect(proposed.offer).toMatchObject({ fromPeriod: 2, terms: { periods: 3 }, returnsOn: '2027-03-01' });
    expect(accepted.confirmation).toBe(
      'Your service and billing are paused from 1 Dec 2026; both resume on 1 Mar 2027 at $100.00.',
    );
  });

  it('counts the book: save rate overall and by offer, deferred value, reductions', async () => {
    await saveWith('Holly Holiday', { kind: 'holiday' }, 'saved');
    await saveWith('Rita Reduction', { kind: 'reduction', basisPoints: 5_000, periods: 3 }, 'saved');
    const lost = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-10-01',
      through: '2026-11-23',
      name: 'Leo Lost',
    });
    // Put to the client and declined: counts as offered. The reduction was only previewed
    // and left on the table when the case closed: it was never put to the client.
    const holiday = await owner.post(`/api/v1/saves/${lost.caseId}/offers`, { kind: 'holiday' });
    const declined = await owner.post(`/api/v1/saves/${lost.caseId}/offers/${holiday.body.offer.id}/decline`);
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    const preview = await owner.post(`/api/v1/saves/${lost.caseId}/offers`, {
      kind: 'reduction',
      basisPoints: 5_000,
      periods: 3,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    const closed = await owner.post(`/api/v1/saves/${lost.caseId}/outcome`, { outcome: 'cancelled' });
    expect(closed.body.postMortem).toMatchObject({
      reason: 'Can’t afford it',
      whatFailed: null,
      correctiveActions: [
        { title: 'Post-mortem: what in our system failed, and what do we change?', dueOn: '2026-11-30' },
      ],
    });
    expect(closed.body.offers.map((o: { status: string }) => o.status)).toEqual(['declined', 'declined']);
    expect(closed.body.deferredSettlement).toBeNull();
    await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-10-01',
      through: '2026-11-23',
    });

    const figures = (await owner.get('/api/v1/saves/figures')).body;
    expect(figures).toMatchObject({
      currency: 'USD',
      cases: 6,
      open: 1,
      decided: 5,
      retained: 4,
      saveRateBasisPoints: 8_000,
      byStatus: { open: 1, saved: 2, downgraded: 1, paused: 1, cancelled: 1 },
      deferred: { holidays: 1, deferredMinor: 0, recoveredMinor: 0, outstandingMinor: 0 },
      reductions: { active: 0, upcoming: 1, returnedToFullPrice: 0, endedByCancellation: 0 },
    });
    expect(figures.byOffer.find((o: { kind: string }) => o.kind === 'holiday')).toEqual({
      kind: 'holiday',
      offeredCases: 2,
      acceptedCases: 1,
      savedCases: 1,
      saveRateBasisPoints: 5_000,
    });
    expect(figures.byOffer.find((o: { kind: string }) => o.kind === 'reduction')).toEqual({
      kind: 'reduction',
      offeredCases: 1,
      acceptedCases: 1,
      savedCases: 1,
      saveRateBasisPoints: 10_000,
    });
    expect((await owner.get('/api/v1/saves/figures?from=2030-01-01T00:00:00Z')).body.cases).toBe(0);
  });

  it('shows a badge while an adjustment is active', async () => {
    t.clock.current = new Date('2026-12-10T09:00:00Z');
    const badge = (await owner.get(`/api/v1/clients/${cases['Holly Holiday']?.clientId}/adjustments/active`))
      .body;
    expect(badge.items).toEqual([
      {
        adjustmentId: expect.any(String),
        agreementId: cases['Holly Holiday']?.agreementId,
        kind: 'payment_holiday',
        basisPoints: null,
        startsOn: '2026-12-01',
        endsOn: '2027-02-28',
        returnsOn: '2027-03-01',
        saveCaseId: cases['Holly Holiday']?.caseId,
      },
    ]);
    const downgraded = (
      await owner.get(`/api/v1/clients/${cases['Dora Downgrade']?.clientId}/adjustments/active`)
    ).body;
    expect(downgraded.items).toEqual([]);
  });

  it('reminds on Today two weeks before billing returns to normal', async () => {
    t.clock.current = new Date('2027-02-10T09:00:00Z');
    expect((await owner.get('/api/v1/today')).body.billingReturns).toEqual([]);
    t.clock.current = new Date('2027-02-20T09:00:00Z');
    const reminders = (await owner.get('/api/v1/today')).body.billingReturns;
    expect(
      reminders.map((r: { clientName: string; message: string }) => [r.clientName, r.message]).sort(),
    ).toEqual([
      ['Holly Holiday', 'Billing returns to normal on 1 Mar 2027'],
      ['Paula Pause', 'Service and billing resume on 1 Mar 2027'],
      ['Rita Reduction', 'Billing returns to full price on 1 Mar 2027'],
    ]);
    const standIn = await insertUser(t.database.db, workspaceId, 'stand_in');
    const standInApi = await signIn(t, standIn.user.email, standIn.password);
    expect((await standInApi.get('/api/v1/today')).body.billingReturns).toEqual([]);
  });

  it('tracks the holiday’s deferred value and its recovery, and reductions back at full price', async () => {
    t.clock.current = new Date('2027-03-20T09:00:00Z');
    await owner.post('/api/v1/billing/runs', { through: '2027-03-20' });
    const holly = cases['Holly Holiday'] as SaveFixture;
    const invoices = await invoicesOf(t, holly.agreementId);
    expect(invoices.map((i) => i.total_minor)).toEqual([10_000, 10_000, 0, 0, 0, 10_000]);
    // Pays what is open: the two periods before the holiday and the first extension period.
    await owner.post('/api/v1/payments', {
      clientId: holly.clientId,
      amountMinor: 30_000,
      method: 'card',
      receivedOn: '2027-03-20',
    });
    const figures = (await owner.get('/api/v1/saves/figures')).body;
    expect(figures.deferred).toEqual({
      holidays: 1,
      deferredMinor: 30_000,
      recoveredMinor: 10_000,
      billedOnCancelMinor: 0,
      waivedMinor: 0,
      outstandingMinor: 20_000,
    });
    expect(figures.reductions).toEqual({
      active: 0,
      upcoming: 0,
      returnedToFullPrice: 1,
      endedByCancellation: 0,
    });
  });
});
