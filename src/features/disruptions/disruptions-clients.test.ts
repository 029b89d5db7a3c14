import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { otherWorkspaceOwner } from '../invoices/billing-test-fixtures.ts';
import {
  allPages,
  countRows,
  declareOver,
  seedClients,
  snapshot,
  standInFor,
} from './disruption-test-aids.ts';

describe('affected clients', () => {
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

  it('adds chosen clients with the same outreach, leaves those already in alone, and revives a removed one', async () => {
    const [first, second, third] = await seedClients(t, workspaceId, 3, { prefix: 'Added' });
    const { disruption } = await declareOver(owner, [first?.id as string], { estimateOn: '2026-12-07' });
    const id = disruption.id;

    const added = await owner.post(`/api/v1/disruptions/${id}/clients`, {
      clientIds: [first?.id, second?.id, second?.id],
    });
    expect(added.status).toBe(200);
    expect(added.body).toEqual({
      outreach: { clients: 1, tasks: 1, messagesQueued: 1, toReachOtherwise: 0 },
      alreadyAffected: 1,
    });
    const [message] = await queryRows<{ body: string }>(
      t.database.db,
      sql`select body_text as body from outbox_messages where source_id = ${id} and client_id = ${second?.id}`,
    );
    expect(message?.body).toContain('Monday 7 December 2026');

    const removed = await owner.delete(`/api/v1/disruptions/${id}/clients/${second?.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ outreachTaskClosed: true, messagesCancelled: 1, linksRevoked: 1 });
    expect(removed.body.client.removedAt).toBe('2026-11-23T09:00:00.000Z');
    expect((await owner.delete(`/api/v1/disruptions/${id}/clients/${second?.id}`)).status).toBe(404);
    const visible = await allPages<{ clientId: string }>(owner, `/api/v1/disruptions/${id}/clients`);
    expect(visible.map((row) => row.clientId)).toEqual([first?.id]);
    const withRemoved = await allPages<{ clientId: string }>(
      owner,
      `/api/v1/disruptions/${id}/clients?includeRemoved=true`,
    );
    expect(withRemoved).toHaveLength(2);

    const back = await owner.post(`/api/v1/disruptions/${id}/clients`, {
      clientIds: [second?.id, third?.id],
    });
    expect(back.body).toMatchObject({
      outreach: { clients: 2, tasks: 2, messagesQueued: 2 },
      alreadyAffected: 0,
    });
    const revived = (await owner.get(`/api/v1/disruptions/${id}/clients`)).body.items.find(
      (row: { clientId: string }) => row.clientId === second?.id,
    );
    expect(revived).toMatchObject({ removedAt: null, contactedAt: null, outreachTask: { doneAt: null } });
    expect(await countRows(t, 'tasks', sql`client_id = ${second?.id}`)).toBe(2);
    expect((await owner.get(`/api/v1/disruptions/${id}`)).body.counts.affected).toBe(3);

    const stranger = await otherWorkspaceOwner(t);
    const before = await snapshot(t);
    expect(
      (await stranger.post(`/api/v1/disruptions/${id}/clients`, { clientIds: [first?.id] })).status,
    ).toBe(404);
    const foreign = await owner.post(`/api/v1/disruptions/${id}/clients`, {
      clientIds: [third?.id, '00000000-0000-7000-8000-000000000000'],
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.details).toEqual([{ path: 'clientIds.1', message: 'No such client' }]);
    expect((await owner.post(`/api/v1/disruptions/${id}/clients`, { clientIds: [] })).status).toBe(400);
    expect(await snapshot(t)).toEqual(before);
  });

  it('closes the open outreach task with a note and ends the stand-in access on removal', async () => {
    const [client] = await seedClients(t, workspaceId, 1, { prefix: 'Leaving' });
    const clientId = client?.id as string;
    const { user: standIn } = await insertUser(t.database.db, workspaceId, 'stand_in');
    const { disruption } = await declareOver(owner, [clientId]);
    await standInFor(t, workspaceId, disruption.id, clientId, standIn.id);
    // An assignment made outside the disruption is not the disruption's to end.
    const { user: other } = await insertUser(t.database.db, workspaceId, 'stand_in');
    await t.database.db.execute(sql`insert into client_assignments (workspace_id, client_id, user_id)
      values (${workspaceId}, ${clientId}, ${other.id})`);

    await owner.delete(`/api/v1/disruptions/${disruption.id}/clients/${clientId}`);
    const assignments = await queryRows<{ userId: string }>(
      t.database.db,
      sql`select user_id as "userId" from client_assignments where client_id = ${clientId}`,
    );
    expect(assignments).toEqual([{ userId: other.id }]);
    const [task] = await queryRows<{ doneAt: string | null; notes: string }>(
      t.database.db,
      sql`select done_at as "doneAt", notes from tasks where client_id = ${clientId}`,
    );
    expect(task?.doneAt).not.toBeNull();
    expect(task?.notes).toContain('Closed on 2026-11-23: the client was taken out of "Olive is ill"');
    const [queued] = await queryRows<{ status: string }>(
      t.database.db,
      sql`select status from outbox_messages where client_id = ${clientId}`,
    );
    expect(queued?.status).toBe('cancelled');
  });

  it('sets the channel, and filters and pages the list by state and name', async () => {
    const clients = await seedClients(t, workspaceId, 5, { prefix: 'Stateful', withoutEmailEvery: 2 });
    const { disruption } = await declareOver(
      owner,
      clients.map((client) => client.id),
      { estimateOn: '2026-12-07' },
    );
    const id = disruption.id;
    const target = clients[0]?.id as string;
    const patched = await owner.patch(`/api/v1/disruptions/${id}/clients/${target}`, { channel: 'sms' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ clientId: target, channel: 'sms' });
    expect(
      (await owner.patch(`/api/v1/disruptions/${id}/clients/${target}`, { channel: 'pigeon' })).status,
    ).toBe(400);
    expect(
      (
        await owner.patch(`/api/v1/disruptions/${id}/clients/00000000-0000-7000-8000-000000000000`, {
          channel: 'sms',
        })
      ).status,
    ).toBe(404);

    const names = async (state: string) =>
      (
        await allPages<{ name: string }>(owner, `/api/v1/disruptions/${id}/clients?state=${state}&limit=2`)
      ).map((row) => row.name);
    expect(await names('all')).toEqual([
      'Stateful 01',
      'Stateful 02',
      'Stateful 03',
      'Stateful 04',
      'Stateful 05',
    ]);
    expect(await names('must_be_told')).toEqual(['Stateful 02', 'Stateful 04']);
    expect(await names('not_contacted')).toHaveLength(5);
    expect(await names('update_overdue')).toEqual([]);
    t.clock.advanceHours(24 * 8);
    try {
      expect(await names('update_overdue')).toHaveLength(5);
    } finally {
      t.clock.current = new Date('2026-11-23T09:00:00Z');
    }
    expect(await names('all&q=%20TATEFUL%200')).toHaveLength(5);
    expect(await names('all&q=ful%2003')).toEqual(['Stateful 03']);
    expect(await names('not_contacted&q=04')).toEqual(['Stateful 04']);
    expect(await names('all&q=%25')).toEqual([]); // a LIKE wildcard is just a character
    expect((await owner.get(`/api/v1/disruptions/${id}/clients?q=${'x'.repeat(201)}`)).status).toBe(400);
    const forged = Buffer.from(JSON.stringify(['x', "'; drop table clients; --"])).toString('base64url');
    expect((await owner.get(`/api/v1/disruptions/${id}/clients?cursor=${forged}`)).status).toBe(400);

    const { user: standIn, password } = await insertUser(t.database.db, workspaceId, 'stand_in');
    await standInFor(t, workspaceId, id, target, standIn.id);
    const api = await signIn(t, standIn.email, password);
    expect((await api.patch(`/api/v1/disruptions/${id}/clients/${target}`, { channel: 'call' })).status).toBe(
      403,
    );
  });
});
