// Who may do what on the save desk, and workspace isolation. Stand-ins may log the call
// and keep listening on their assigned clients; offers and outcomes (money) are the
// owner's and staff's; the policy is the owner's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { otherWorkspaceOwner, signedInAs } from '../invoices/billing-test-fixtures.ts';
import { clientWhoCalled, saveFingerprint } from './save-test-aids.ts';

describe('save desk access', () => {
  let t: TestApp;
  let owner: ApiClient;
  let staff: ApiClient;
  let standIn: ApiClient;
  let standInId: string;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    staff = await signedInAs(t, workspaceId, 'staff');
    const user = await insertUser(t.database.db, workspaceId, 'stand_in');
    standInId = user.user.id;
    standIn = await signIn(t, user.user.email, user.password);
  });
  afterAll(() => t.close());

  it('serves the policy to everyone and lets only the owner change it, validated whole', async () => {
    const policy = (await staff.get('/api/v1/policy')).body;
    expect(policy.saves).toMatchObject({
      holidayDefaultPeriods: 3,
      holidayMaxPeriods: 3,
      reductionMaxBasisPoints: 5_000,
      reductionMinPeriods: 3,
      reductionMaxPeriods: 6,
      staffMayGrant: true,
      allowStacking: false,
      deferredOnEarlyCancel: 'bill',
    });
    expect(policy.saveReasons.map((r: { code: string }) => r.code)).toContain('switching_provider');
    expect((await staff.patch('/api/v1/policy', { saves: { holidayMaxPeriods: 6 } })).status).toBe(403);
    expect((await standIn.patch('/api/v1/policy', { saves: { holidayMaxPeriods: 6 } })).status).toBe(403);
    const before = await saveFingerprint(t);
    const invalid = await owner.patch('/api/v1/policy', { saves: { reductionMinPeriods: 9 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details[0].path).toBe('saves.reductionMinPeriods');
    const duplicate = await owner.patch('/api/v1/policy', {
      saveReasons: [
        { code: 'other', label: 'Other' },
        { code: 'other', label: 'Again' },
      ],
    });
    expect(duplicate.status).toBe(400);
    expect(await saveFingerprint(t)).toEqual(before);

    const reasons = [...policy.saveReasons, { code: 'moving_away', label: 'Moving away' }];
    const changed = await owner.patch('/api/v1/policy', {
      saves: { holidayMaxPeriods: 6 },
      saveReasons: reasons,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.saves.holidayMaxPeriods).toBe(6);
    expect((await staff.get('/api/v1/policy')).body.saveReasons.at(-1)).toEqual({
      code: 'moving_away',
      label: 'Moving away',
    });
    const audit = (await owner.get('/api/v1/audit?limit=5')).body.items;
    expect(audit.some((row: { action: string }) => row.action === 'policy.update')).toBe(true);
    await owner.patch('/api/v1/policy', { saves: { holidayMaxPeriods: 3 } });
  });

  it('lets a stand-in log and keep listening on assigned clients, never offer, and hides money', async () => {
    const assigned = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-10-01',
      through: '2026-11-23',
      name: 'Assigned Client',
    });
    const other = await insertClient(t.database.db, workspaceId, { name: 'Not Theirs' });
    await assignClient(t.database.db, workspaceId, assigned.clientId, standInId);

    const logged = await standIn.post('/api/v1/saves', {
      clientId: assigned.clientId,
      reason: 'cant_afford',
      notes: 'Called while the owner was away; wants to talk about a break.',
    });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    expect(logged.body).toMatchObject({
      agreementId: assigned.agreementId,
      relationship: { lifetimeValueMinor: null, agreements: [] },
      offers: [],
    });
    expect(
      (await standIn.patch(`/api/v1/saves/${logged.body.id}`, { causes: ['seasonal'] })).body.causes,
    ).toEqual(['seasonal']);
    expect((await standIn.post('/api/v1/saves', { clientId: other.id, reason: 'other' })).status).toBe(404);
    expect((await standIn.post(`/api/v1/saves/${logged.body.id}/offers`, { kind: 'holiday' })).status).toBe(
      403,
    );
    expect((await standIn.post(`/api/v1/saves/${logged.body.id}/outcome`, { outcome: 'saved' })).status).toBe(
      403,
    );
    expect((await standIn.get('/api/v1/saves/figures')).status).toBe(403);

    const offer = (await staff.post(`/api/v1/saves/${assigned.caseId}/offers`, { kind: 'holiday' })).body
      .offer;
    expect((await standIn.post(`/api/v1/saves/${assigned.caseId}/offers/${offer.id}/accept`)).status).toBe(
      403,
    );
    expect((await standIn.get(`/api/v1/saves/${assigned.caseId}`)).body.offers).toEqual([]);

    const hidden = (await owner.post('/api/v1/saves', { clientId: other.id, reason: 'other' })).body;
    expect((await standIn.get(`/api/v1/saves/${hidden.id}`)).status).toBe(404);
    expect((await standIn.patch(`/api/v1/saves/${hidden.id}`, { notes: 'x' })).status).toBe(404);
    const listed = (await standIn.get('/api/v1/saves')).body.items;
    expect(new Set(listed.map((c: { client: { id: string } }) => c.client.id))).toEqual(
      new Set([assigned.clientId]),
    );
    const everything = (await staff.get('/api/v1/saves?limit=200')).body.items;
    expect(everything.some((c: { client: { id: string } }) => c.client.id === other.id)).toBe(true);
  });

  it('keeps every workspace’s cases to itself', async () => {
    const mine = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 10_000,
      startsOn: '2026-10-01',
      through: '2026-11-23',
    });
    const offer = (await owner.post(`/api/v1/saves/${mine.caseId}/offers`, { kind: 'holiday' })).body.offer;
    const stranger = await otherWorkspaceOwner(t);
    const before = await saveFingerprint(t);
    expect((await stranger.get(`/api/v1/saves/${mine.caseId}`)).status).toBe(404);
    expect((await stranger.get('/api/v1/saves')).body.items).toEqual([]);
    expect((await stranger.post(`/api/v1/saves/${mine.caseId}/offers`, { kind: 'holiday' })).status).toBe(
      404,
    );
    expect((await stranger.post(`/api/v1/saves/${mine.caseId}/offers/${offer.id}/accept`)).status).toBe(404);
    expect(
      (await stranger.post(`/api/v1/saves/${mine.caseId}/outcome`, { outcome: 'cancelled' })).status,
    ).toBe(404);
    expect((await stranger.post('/api/v1/saves', { clientId: mine.clientId, reason: 'other' })).status).toBe(
      404,
    );
    expect((await stranger.get(`/api/v1/clients/${mine.clientId}/adjustments/active`)).status).toBe(404);
    expect((await stranger.get('/api/v1/saves/figures')).body).toMatchObject({
      cases: 0,
      deferred: { holidays: 0 },
    });
    expect((await stranger.get('/api/v1/policy')).body.saves.holidayMaxPeriods).toBe(3);
    expect(await saveFingerprint(t)).toEqual(before);
  });

  it('is in the OpenAPI document', async () => {
    const document = (await owner.get('/api/openapi.json')).body;
    for (const path of [
      '/api/v1/policy',
      '/api/v1/saves',
      '/api/v1/saves/figures',
      '/api/v1/saves/{id}',
      '/api/v1/saves/{id}/offers',
      '/api/v1/saves/{id}/offers/{offerId}/preview',
      '/api/v1/saves/{id}/offers/{offerId}/accept',
      '/api/v1/saves/{id}/offers/{offerId}/decline',
      '/api/v1/saves/{id}/outcome',
      '/api/v1/clients/{id}/adjustments/active',
    ]) {
      expect(Object.keys(document.paths), path).toContain(path);
    }
    const propose =
      document.paths['/api/v1/saves/{id}/offers'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(propose)).toContain('"reduction"');
    expect(document.paths['/api/v1/policy'].patch).toBeDefined();
  });

  it('pages the list by cursor, latest call first, with filters', async () => {
    const { clientId } = await clientWhoCalled(t, owner, workspaceId, {
      priceMinor: 5_000,
      startsOn: '2026-10-01',
      through: '2026-11-23',
      name: 'Pager',
    });
    for (const hour of [1, 2, 3]) {
      await owner.post('/api/v1/saves', {
        clientId,
        reason: 'not_using',
        calledAt: `2026-11-2${hour}T08:00:00Z`,
      });
    }
    const first = (await owner.get(`/api/v1/saves?clientId=${clientId}&reason=not_using&limit=2`)).body;
    expect(first.items.map((c: { calledAt: string }) => c.calledAt)).toEqual([
      '2026-11-23T08:00:00.000Z',
      '2026-11-22T08:00:00.000Z',
    ]);
    const second = (
      await owner.get(
        `/api/v1/saves?clientId=${clientId}&reason=not_using&limit=2&cursor=${first.nextCursor}`,
      )
    ).body;
    expect(second.items.map((c: { calledAt: string }) => c.calledAt)).toEqual(['2026-11-21T08:00:00.000Z']);
    expect(second.nextCursor).toBeNull();
    expect((await owner.get('/api/v1/saves?cursor=bogus')).status).toBe(400);
    expect((await owner.get('/api/v1/saves?status=won')).status).toBe(400);
  });
});
