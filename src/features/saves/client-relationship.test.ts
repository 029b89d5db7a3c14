// The relationship summary outside a case: GET /api/v1/clients/{id}/relationship.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertClient, insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';

describe('client relationship summary', () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let clientId: string;
  let agreementId: string;

  beforeAll(async () => {
    t = await startTestApp(); // 2026-11-23, UTC, USD
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    const client = await insertClient(t.database.db, workspaceId, {
      name: 'Rhea Relationship',
      since: '2025-11-23',
    });
    clientId = client.id;
    const agreement = await owner.post('/api/v1/agreements', {
      clientId,
      description: 'Coaching retainer',
      priceMinor: 10_000,
      interval: 'month',
      startsOn: '2026-10-01',
    });
    expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    agreementId = agreement.body.id;
    expect((await owner.post('/api/v1/billing/runs', { through: '2026-11-23' })).status).toBe(201);
    const paid = await owner.post('/api/v1/payments', {
      clientId,
      amountMinor: 10_000,
      method: 'bank_transfer',
      receivedOn: '2026-11-02',
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const touch = await owner.post(`/api/v1/clients/${clientId}/interactions`, {
      channel: 'call',
      direction: 'inbound',
      summary: 'Asked about the December sessions',
    });
    expect(touch.status, JSON.stringify(touch.body)).toBe(201);
  });
  afterAll(() => t.close());

  it('gives the owner tenure, lifetime value, the last contact and the agreements, without a case', async () => {
    const response = await owner.get(`/api/v1/clients/${clientId}/relationship`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      since: '2025-11-23',
      tenureDays: 365,
      lifetimeValueMinor: 10_000,
      currency: 'USD',
      lastContactAt: t.clock.now().toISOString(),
      openCallbacks: 1, // an inbound call is owed a callback
      overdueCallbacks: 0,
      earlierCases: 0,
      recentInteractions: [{ summary: 'Asked about the December sessions', direction: 'inbound' }],
      agreements: [{ id: agreementId, priceMinor: 10_000, interval: 'month' }],
    });
    const call = await owner.post('/api/v1/saves', { clientId, reason: 'cant_afford' });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    expect((await owner.get(`/api/v1/clients/${clientId}/relationship`)).body.earlierCases).toBe(1);
  });

  it('answers 404 to a stand-in for an unassigned client, and hides money once assigned', async () => {
    const user = await insertUser(t.database.db, workspaceId, 'stand_in');
    const standIn = await signIn(t, user.user.email, user.password);
    const hidden = await standIn.get(`/api/v1/clients/${clientId}/relationship`);
    expect(hidden.status).toBe(404);
    await assignClient(t.database.db, workspaceId, clientId, user.user.id);
    const shown = await standIn.get(`/api/v1/clients/${clientId}/relationship`);
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    expect(shown.body).toMatchObject({ tenureDays: 365, lifetimeValueMinor: null, agreements: [] });
    expect(shown.body.recentInteractions).toHaveLength(1);
  });

  it('answers 404 for another workspace’s client and for a client that does not exist', async () => {
    const stranger = await otherWorkspaceOwner(t);
    expect((await stranger.get(`/api/v1/clients/${clientId}/relationship`)).status).toBe(404);
    expect(
      (await owner.get('/api/v1/clients/00000000-0000-4000-8000-000000000000/relationship')).status,
    ).toBe(404);
  });
});
