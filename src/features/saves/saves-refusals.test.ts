// Bad input (issue): offers beyond policy refused with 422 naming the policy unless the
// owner overrides with a reason; overlapping offers; decided offers; cancelled
// agreements; outcomes twice. A refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { signedInAs } from '../invoices/billing-test-fixtures.ts';
import { clientWhoCalled, type SaveFixture, saveFingerprint } from './save-test-aids.ts';

describe('save desk refusals', () => {
  let t: TestApp;
  let owner: ApiClient;
  let staff: ApiClient;
  let workspaceId: string;

  const call = (name?: string): Promise<SaveFixture> =>
    clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-10-01',
      through: '2026-11-23',
      ...(name ? { name } : {}),
    });
  const propose = (api: ApiClient, caseId: string, body: Record<string, unknown>) =>
    api.post(`/api/v1/saves/${caseId}/offers`, body);

  /** Runs `act` and proves it was refused with `status` and wrote nothing. */
  async function refusedUnchanged(status: number, act: () => Promise<{ status: number; body: unknown }>) {
    const before = await saveFingerprint(t);
    const response = await act();
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(await saveFingerprint(t)).toEqual(before);
    return response.body as {
      error: { code: string; message: string; details: { path: string; message: string }[] };
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    staff = await signedInAs(t, workspaceId, 'staff');
  });
  afterAll(() => t.close());

  it.each([
    ['60 % off', { kind: 'reduction', basisPoints: 6_000, periods: 3 }, ['policy.reductionMaxBasisPoints']],
    ['7 months', { kind: 'reduction', basisPoints: 2_000, periods: 7 }, ['policy.reductionMaxPeriods']],
    ['a 4-month holiday', { kind: 'holiday', periods: 4 }, ['policy.holidayMaxPeriods']],
    ['a 5-month pause', { kind: 'pause', periods: 5 }, ['policy.pauseMaxPeriods']],
  ])(
    'refuses %s beyond policy with 422 naming the policy, for staff and for the owner without a reason',
    async (_name, body, paths) => {
      const { caseId } = await call();
      const forStaff = await refusedUnchanged(422, () =>
        propose(staff, caseId, { ...body, overrideReason: 'Please' }),
      );
      expect(forStaff.error.code).toBe('rule_refused');
      expect(forStaff.error.message).toMatch(/^Beyond the save policy: .* Only the owner may go beyond it$/);
      expect(forStaff.error.details.map((d) => d.path)).toEqual(paths);
      const forOwner = await refusedUnchanged(422, () => propose(owner, caseId, body));
      expect(forOwner.error.message).toMatch(/To override it, give a reason$/);
    },
  );

  it('lets the owner override with a reason, recorded, and staff may then accept it', async () => {
    const { caseId, agreementId } = await call();
    const proposed = await propose(owner, caseId, {
      kind: 'reduction',
      basisPoints: 6_000,
      periods: 7,
      overrideReason: 'Twelve years with us; their shop flooded',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body.offer.override).toEqual({
      reason: 'Twelve years with us; their shop flooded',
      policies: ['reductionMaxBasisPoints', 'reductionMaxPeriods'],
    });
    const accepted = await staff.post(`/api/v1/saves/${caseId}/offers/${proposed.body.offer.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const agreement = (await owner.get(`/api/v1/agreements/${agreementId}`)).body;
    expect(agreement.adjustments[0]).toMatchObject({
      kind: 'reduction',
      terms: { basisPoints: 6_000, periods: 7 },
      reason: 'Save case: Can’t afford it (beyond policy: Twelve years with us; their shop flooded)',
    });
  });

  it('re-checks the policy on acceptance: a tighter policy refuses an offer staff proposed', async () => {
    const { caseId } = await call();
    const proposed = await propose(staff, caseId, { kind: 'reduction', basisPoints: 5_000, periods: 3 });
    expect(proposed.status).toBe(201);
    await owner.patch('/api/v1/policy', { saves: { reductionMaxBasisPoints: 2_500 } });
    const body = await refusedUnchanged(422, () =>
      staff.post(`/api/v1/saves/${caseId}/offers/${proposed.body.offer.id}/accept`),
    );
    expect(body.error.details[0]?.path).toBe('policy.reductionMaxBasisPoints');
    await owner.patch('/api/v1/policy', { saves: { reductionMaxBasisPoints: 5_000 } });
  });

  it('refuses overlapping adjustments: stacking by policy, a second holiday always', async () => {
    const { caseId } = await call();
    const holiday = (await propose(owner, caseId, { kind: 'holiday' })).body.offer;
    await owner.post(`/api/v1/saves/${caseId}/offers/${holiday.id}/accept`);

    const stacked = await refusedUnchanged(422, () =>
      propose(staff, caseId, { kind: 'reduction', basisPoints: 2_000, periods: 3 }),
    );
    expect(stacked.error.details.map((d) => d.path)).toEqual(['policy.allowStacking']);
    const twice = await refusedUnchanged(422, () =>
      propose(owner, caseId, { kind: 'pause', periods: 1, overrideReason: 'x' }),
    );
    expect(twice.error.message).toBe('These periods overlap a payment holiday already agreed');
    // After the holiday (periods 2…4) a reduction does not stack.
    expect(
      (await propose(staff, caseId, { kind: 'reduction', basisPoints: 2_000, periods: 3, fromPeriod: 5 }))
        .status,
    ).toBe(201);
  });

  it('refuses accepting a decided offer, an offer on a cancelled agreement, and a second outcome', async () => {
    const { caseId, agreementId } = await call();
    const first = (await propose(owner, caseId, { kind: 'holiday', periods: 2 })).body.offer;
    const second = (
      await propose(owner, caseId, { kind: 'reduction', basisPoints: 1_000, periods: 3, fromPeriod: 6 })
    ).body.offer;
    expect((await owner.post(`/api/v1/saves/${caseId}/offers/${first.id}/accept`)).status).toBe(200);
    const again = await refusedUnchanged(422, () =>
      owner.post(`/api/v1/saves/${caseId}/offers/${first.id}/accept`),
    );
    expect(again.error.message).toBe('The offer was already accepted');
    await refusedUnchanged(422, () => owner.post(`/api/v1/saves/${caseId}/offers/${first.id}/decline`));

    expect((await owner.post(`/api/v1/agreements/${agreementId}/cancel`, {})).status).toBe(200);
    const cancelled = await refusedUnchanged(422, () =>
      owner.post(`/api/v1/saves/${caseId}/offers/${second.id}/accept`),
    );
    expect(cancelled.error.message).toBe('The agreement is cancelled: no offer can change it');
    await refusedUnchanged(422, () => propose(owner, caseId, { kind: 'holiday', periods: 1, fromPeriod: 9 }));

    await refusedUnchanged(422, () =>
      owner.post(`/api/v1/saves/${caseId}/outcome`, { outcome: 'downgraded' }),
    );
    expect((await owner.post(`/api/v1/saves/${caseId}/outcome`, { outcome: 'saved' })).status).toBe(200);
    const closed = await refusedUnchanged(422, () =>
      owner.post(`/api/v1/saves/${caseId}/outcome`, { outcome: 'cancelled' }),
    );
    expect(closed.error.message).toBe('The case is closed: the outcome was saved');
    await refusedUnchanged(422, () => propose(owner, caseId, { kind: 'holiday' }));
    // The proposed offer left on the table was declined with the outcome.
    const view = (await owner.get(`/api/v1/saves/${caseId}`)).body;
    expect(view.offers.map((o: { status: string }) => o.status)).toEqual(['accepted', 'declined']);
  });

  it('accepts an offer once when two people accept it at the same moment', async () => {
    const { caseId, agreementId } = await call();
    const offer = (await propose(staff, caseId, { kind: 'holiday', periods: 2 })).body.offer;
    const answers = await Promise.all([
      owner.post(`/api/v1/saves/${caseId}/offers/${offer.id}/accept`),
      staff.post(`/api/v1/saves/${caseId}/offers/${offer.id}/accept`),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
    expect((await owner.get(`/api/v1/agreements/${agreementId}`)).body.adjustments).toHaveLength(1);
  });

  it('refuses an offer starting in an invoiced period, and a downgrade that is not cheaper', async () => {
    const { caseId } = await call();
    const invoiced = await refusedUnchanged(422, () =>
      propose(owner, caseId, { kind: 'holiday', fromPeriod: 1 }),
    );
    expect(invoiced.error.details).toEqual([{ path: 'fromPeriod', message: 'Must be 2 or later' }]);
    const dearer = (
      await owner.post('/api/v1/plans', { name: 'Premium', priceMinor: 15_000, interval: 'month' })
    ).body;
    await refusedUnchanged(422, () => propose(owner, caseId, { kind: 'downgrade', planId: dearer.id }));
    const yearly = (
      await owner.post('/api/v1/plans', { name: 'Yearly lite', priceMinor: 100, interval: 'year' })
    ).body;
    await refusedUnchanged(422, () => propose(owner, caseId, { kind: 'downgrade', planId: yearly.id }));
  });

  it('refuses malformed input with 400 and unknown things with 404, writing nothing', async () => {
    const { caseId, clientId } = await call();
    for (const body of [
      { kind: 'holiday', periods: 0 },
      { kind: 'reduction', basisPoints: 50.5, periods: 3 },
      { kind: 'reduction', periods: 3 },
      { kind: 'pause' },
      { kind: 'pause', periods: 2, resumesOn: '2027-03-01' },
      { kind: 'barter' },
    ]) {
      await refusedUnchanged(400, () => propose(owner, caseId, body));
    }
    await refusedUnchanged(400, () =>
      owner.post('/api/v1/saves', { clientId, reason: 'other', calledAt: '2027-01-01T00:00:00Z' }),
    );
    const badReason = await refusedUnchanged(400, () =>
      owner.post('/api/v1/saves', { clientId, reason: 'bored' }),
    );
    expect(badReason.error.details[0]?.path).toBe('reason');
    await refusedUnchanged(400, () => owner.post(`/api/v1/saves/${caseId}/outcome`, { outcome: 'lost' }));
    await refusedUnchanged(400, () =>
      owner.post(`/api/v1/saves/${caseId}/outcome`, { outcome: 'saved', postMortem: { whatFailed: 'x' } }),
    );
    await refusedUnchanged(404, () =>
      owner.post(`/api/v1/saves/${crypto.randomUUID()}/offers`, { kind: 'holiday' }),
    );
    await refusedUnchanged(404, () =>
      owner.post(`/api/v1/saves/${caseId}/offers/${crypto.randomUUID()}/accept`),
    );
    await refusedUnchanged(404, () =>
      owner.post('/api/v1/saves', { clientId: crypto.randomUUID(), reason: 'cant_afford' }),
    );
  });

  it('refuses offers on a case without an agreement', async () => {
    const { clientId } = await call();
    const bare = await owner.post('/api/v1/saves', { clientId, reason: 'other', agreementId: null });
    expect(bare.status).toBe(201);
    expect(bare.body.agreementId).toBeNull();
    const body = await refusedUnchanged(422, () => propose(owner, bare.body.id, { kind: 'holiday' }));
    expect(body.error.details[0]?.path).toBe('agreementId');
  });
});
