import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient } from '../../../test/support/factories.ts';
import { type ApiClient, setupOwner, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { disruptionInputs } from '../../db/schema/index.ts';
import {
  countRows,
  type DisruptionFixture,
  disruptionWithClients,
  signedInStandIn,
} from '../disruption-oversight/oversight-test-aids.ts';

describe("clients' input on the plan", () => {
  let t: TestApp;
  let owner: ApiClient;
  let workspaceId: string;
  let fixture: DisruptionFixture;
  let base: string;
  const clientId = (i: number) => fixture.clients[i]?.id as string;
  const inputsOf = (i: number) => `${base}/clients/${clientId(i)}/inputs`;

  beforeAll(async () => {
    t = await startTestApp();
    const setup = await setupOwner(t);
    owner = setup.api;
    workspaceId = setup.me.workspace.id;
    fixture = await disruptionWithClients(t, workspaceId, ['Alder Cafe', 'Birch Yoga']);
    base = `/api/v1/disruptions/${fixture.disruptionId}`;
  });
  afterAll(() => t.close());

  it('records what the client said, on their timeline, and opens a callback when they want a call', async () => {
    const noted = await owner.post(inputsOf(0), {
      body: 'Happy with the plan, but please keep the Friday deliveries going.',
    });
    expect(noted.status, JSON.stringify(noted.body)).toBe(201);
    expect(noted.body).toMatchObject({
      client: { id: clientId(0), name: 'Alder Cafe' },
      source: 'team',
      wantsCall: false,
      callbackId: null,
      createdBy: { name: 'Olive Owner' },
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    const timeline = (await owner.get(`/api/v1/clients/${clientId(0)}/interactions`)).body.items;
    expect(timeline[0]).toMatchObject({
      id: noted.body.interactionId,
      channel: 'note',
      direction: 'inbound',
      summary: 'Input on our plan: Happy with the plan, but please keep the Friday deliveries going.',
      body: 'Happy with the plan, but please keep the Friday deliveries going.',
    });

    const call = await owner.post(inputsOf(1), {
      body: 'Worried about the launch date — wants to talk it through.',
      wantsCall: true,
      channel: 'email',
    });
    expect(call.status).toBe(201);
    expect(call.body.callbackId).not.toBeNull();
    const callbacks = (await owner.get(`/api/v1/callbacks?clientId=${clientId(1)}`)).body.items;
    expect(callbacks.map((callback: { id: string }) => callback.id)).toContain(call.body.callbackId);
  });

  it('lists input from both sources, newest first, with filters; a stand-in sees only their clients', async () => {
    // The client page writes into the same table (another feature); one such row stands in for it.
    await t.database.db.insert(disruptionInputs).values({
      workspaceId,
      disruptionId: fixture.disruptionId,
      clientId: clientId(1),
      source: 'client_page',
      body: 'Could we meet in person next week?',
      wantsCall: false,
    });
    const all = await owner.get(`${base}/inputs`);
    expect(all.body.items.map((input: { source: string }) => input.source)).toEqual([
      'client_page',
      'team',
      'team',
    ]);
    expect(all.body.items[0].createdBy).toBeNull();
    expect((await owner.get(`${base}/inputs?source=team`)).body.items).toHaveLength(2);
    expect((await owner.get(`${base}/inputs?clientId=${clientId(0)}`)).body.items).toHaveLength(1);
    const page = await owner.get(`${base}/inputs?limit=1`);
    const rest = await owner.get(`${base}/inputs?limit=5&cursor=${page.body.nextCursor}`);
    expect([...page.body.items, ...rest.body.items].map((input: { id: string }) => input.id)).toEqual(
      all.body.items.map((input: { id: string }) => input.id),
    );

    const sam = await signedInStandIn(t, workspaceId, 'Sam Stand-in');
    await owner.send('PUT', `${base}/stand-ins`, {
      assignments: [{ clientId: clientId(0), userId: sam.user.id }],
    });
    const samSees = (await sam.api.get(`${base}/inputs`)).body.items;
    expect(samSees.map((input: { client: { id: string } }) => input.client.id)).toEqual([clientId(0)]);
    expect((await sam.api.post(inputsOf(0), { body: 'She asked for the plan on paper.' })).status).toBe(201);
    expect((await sam.api.post(inputsOf(1), { body: 'Not my client.' })).status).toBe(404);
  });

  it('refuses oversized, empty or misplaced input, writing nothing', async () => {
    const stranger = await insertClient(t.database.db, workspaceId, { name: 'Not Affected' });
    const before = await countRows(t);
    const huge = await owner.post(inputsOf(0), { body: 'x'.repeat(4001) });
    expect(huge.status).toBe(400);
    expect(huge.body.error.details[0].path).toBe('body');
    expect((await owner.post(inputsOf(0), { body: '   ' })).status).toBe(400);
    expect((await owner.post(inputsOf(0), { body: 'ok', wantsCall: 'yes' })).status).toBe(400);
    expect((await owner.post(inputsOf(0), { body: 'nul \u0000 byte' })).status).toBe(400);
    expect((await owner.post(`${base}/clients/${stranger.id}/inputs`, { body: 'Hello' })).status).toBe(404);
    expect((await owner.get(`${base}/inputs?cursor=forged`)).status).toBe(400);
    expect(await countRows(t)).toEqual(before);
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from disruption_inputs where client_id = ${stranger.id}`,
    );
    expect(row?.n).toBe(0);
  });
});
