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
import { declareOver, seedClients, standInFor } from './disruption-test-aids.ts';

// Steps 1 and 2 through the interactions API: an outbound touch is the outreach and the
// latest update; an inbound one from an affected client is due back within the disruption's time.
describe('contact during a disruption', () => {
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

  const log = (api: ApiClient, clientId: string, body: Record<string, unknown>) =>
    api.post(`/api/v1/clients/${clientId}/interactions`, { summary: 'Touch', ...body });
  const row = async (disruptionId: string, clientId: string) =>
    (await owner.get(`/api/v1/disruptions/${disruptionId}/clients?limit=200`)).body.items.find(
      (item: { clientId: string }) => item.clientId === clientId,
    );

  it('opens a callback due in 2 hours for an affected client, and by the policy for anyone else', async () => {
    const [affected, other, removed] = await seedClients(t, workspaceId, 3, { prefix: 'Caller' });
    const { disruption } = await declareOver(owner, [affected?.id as string, removed?.id as string]);
    expect((await owner.delete(`/api/v1/disruptions/${disruption.id}/clients/${removed?.id}`)).status).toBe(
      200,
    );

    const inbound = { channel: 'call', direction: 'inbound' };
    const fast = await log(owner, affected?.id as string, inbound);
    expect(fast.status).toBe(201);
    expect(fast.body.openedCallback.dueAt).toBe('2026-11-23T11:00:00.000Z');
    // The default policy is four hours.
    expect((await log(owner, other?.id as string, inbound)).body.openedCallback.dueAt).toBe(
      '2026-11-23T13:00:00.000Z',
    );
    expect((await log(owner, removed?.id as string, inbound)).body.openedCallback.dueAt).toBe(
      '2026-11-23T13:00:00.000Z',
    );

    // Two disruptions: the shorter time wins; a policy shorter still wins over both.
    await declareOver(owner, [affected?.id as string], { title: 'Second', callbackMinutes: 30 });
    expect((await log(owner, affected?.id as string, inbound)).body.openedCallback.dueAt).toBe(
      '2026-11-23T09:30:00.000Z',
    );
    await t.database.db.execute(
      sql`update workspaces set response_policy = response_policy || '{"callbackHours": 0.25}'::jsonb where id = ${workspaceId}`,
    );
    try {
      expect((await log(owner, affected?.id as string, inbound)).body.openedCallback.dueAt).toBe(
        '2026-11-23T09:15:00.000Z',
      );
    } finally {
      await t.database.db.execute(
        sql`update workspaces set response_policy = response_policy || '{"callbackHours": 4}'::jsonb where id = ${workspaceId}`,
      );
    }
  });

  it('completes the outreach task and moves the next update on an outbound touch, not on inbound or earlier ones', async () => {
    const [client] = await seedClients(t, workspaceId, 1, { prefix: 'Outreach' });
    const clientId = client?.id as string;
    const { disruption } = await declareOver(owner, [clientId], { cadenceDays: 5 });
    const start = await row(disruption.id, clientId);
    expect(start).toMatchObject({
      contactedAt: null,
      nextUpdateDueOn: '2026-11-28',
      outreachTask: { doneAt: null },
    });

    await log(owner, clientId, { channel: 'email', direction: 'inbound' });
    // Logged today, but it happened before the disruption was declared: not the outreach.
    await log(owner, clientId, {
      channel: 'call',
      direction: 'outbound',
      occurredAt: '2026-11-22T15:00:00Z',
    });
    await log(owner, clientId, { channel: 'note', direction: 'internal' });
    expect(await row(disruption.id, clientId)).toMatchObject({
      contactedAt: null,
      outreachTask: { doneAt: null },
    });

    t.clock.advanceHours(26);
    try {
      const outbound = await log(owner, clientId, { channel: 'call', direction: 'outbound' });
      expect(outbound.status).toBe(201);
      const contacted = await row(disruption.id, clientId);
      expect(contacted).toMatchObject({
        contactedAt: '2026-11-24T11:00:00.000Z',
        lastUpdateAt: '2026-11-24T11:00:00.000Z',
        nextUpdateDueOn: '2026-11-29',
        outreachTask: { doneAt: '2026-11-24T11:00:00.000Z' },
        updateOverdue: false,
      });

      // A later meeting is the next update; the first contact stays the first.
      t.clock.advanceHours(24 * 7);
      expect(await row(disruption.id, clientId)).toMatchObject({ updateOverdue: true });
      await log(owner, clientId, { channel: 'meeting_video', direction: 'inbound' });
      expect(await row(disruption.id, clientId)).toMatchObject({
        contactedAt: '2026-11-24T11:00:00.000Z',
        lastUpdateAt: '2026-12-01T11:00:00.000Z',
        nextUpdateDueOn: '2026-12-06',
        updateOverdue: false,
      });
      const audit = await queryRows<{ action: string }>(
        t.database.db,
        sql`select action from audit_log where entity_id in (${clientId}, ${contacted.outreachTask.id}) order by id`,
      );
      expect(audit.map((entry) => entry.action)).toEqual(['disruption.client_contacted', 'task.complete']);
    } finally {
      t.clock.current = new Date('2026-11-23T09:00:00Z');
    }
  });

  it('counts a stand-in’s touch on their client, and hides the rest from them', async () => {
    const [theirs, notTheirs] = await seedClients(t, workspaceId, 2, { prefix: 'Covered' });
    const { user: standIn, password } = await insertUser(t.database.db, workspaceId, 'stand_in', {
      name: 'Sid Standin',
    });
    const api = await signIn(t, standIn.email, password);
    const { disruption } = await declareOver(owner, [theirs?.id as string, notTheirs?.id as string]);
    await standInFor(t, workspaceId, disruption.id, theirs?.id as string, standIn.id);

    expect((await log(api, notTheirs?.id as string, { channel: 'call', direction: 'outbound' })).status).toBe(
      404,
    );
    expect((await log(api, theirs?.id as string, { channel: 'call', direction: 'outbound' })).status).toBe(
      201,
    );
    const seen = (await api.get(`/api/v1/disruptions/${disruption.id}/clients`)).body.items;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      standIn: { name: 'Sid Standin' },
      contactedAt: '2026-11-23T09:00:00.000Z',
    });
    expect((await row(disruption.id, notTheirs?.id as string)).contactedAt).toBeNull();
    const [audit] = await queryRows<{ actor: string }>(
      t.database.db,
      sql`select actor_label as actor from audit_log where action = 'disruption.client_contacted' and entity_id = ${theirs?.id}`,
    );
    expect(audit?.actor).toBe('Sid Standin');
  });

  it('counts the next update from the workspace’s own date, not UTC’s', async () => {
    const [client] = await seedClients(t, workspaceId, 1, { prefix: 'Zoned' });
    const clientId = client?.id as string;
    await t.database.db.execute(
      sql`update workspaces set timezone = 'Pacific/Auckland' where id = ${workspaceId}`,
    );
    try {
      // 09:00 UTC on the 23rd is 22:00 in Auckland: still the 23rd there.
      const { disruption } = await declareOver(owner, [clientId], { cadenceDays: 2 });
      expect(await row(disruption.id, clientId)).toMatchObject({ nextUpdateDueOn: '2026-11-25' });
      // Three hours later it is 01:00 on the 24th in Auckland (still the 23rd in UTC).
      t.clock.advanceHours(3);
      await log(owner, clientId, { channel: 'sms', direction: 'outbound' });
      expect(await row(disruption.id, clientId)).toMatchObject({ nextUpdateDueOn: '2026-11-26' });
    } finally {
      t.clock.current = new Date('2026-11-23T09:00:00Z');
      await t.database.db.execute(sql`update workspaces set timezone = 'UTC' where id = ${workspaceId}`);
    }
  });
});
