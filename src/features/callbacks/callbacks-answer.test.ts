import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignClient, insertClient, insertUser, workspaceIdOf } from '../../../test/support/factories.ts';
import {
  type ApiClient,
  OWNER,
  setupOwner,
  signIn,
  startTestApp,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { queryRows } from '../../db/query-rows.ts';
import { logRequest, timelineRowCounts } from '../interactions/timeline-test-aids.ts';

const HOUR = 3_600_000;

describe('answering callbacks', () => {
  let t: TestApp;
  let api: ApiClient;
  let workspaceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = (await setupOwner(t)).api;
    workspaceId = await workspaceIdOf(t.database.db, OWNER.email);
  });
  afterAll(() => t.close());

  const newClient = () => insertClient(t.database.db, workspaceId);
  const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((item) => item.id);
  const rowCounts = () => timelineRowCounts(t.database.db);
  const request = (clientId: string, extra: Record<string, unknown> = {}, caller = api) =>
    logRequest(caller, clientId, extra);

  describe('POST /callbacks/{id}/answer', () => {
    it('logs the outbound answer, closes the callback and the earlier ones of that client', async () => {
      const client = await newClient();
      const now = t.clock.now().getTime();
      const older = await request(client.id, { occurredAt: new Date(now - 2 * HOUR).toISOString() });
      const target = await request(client.id, { channel: 'email', summary: 'Question about the plan' });
      const response = await api.post(`/api/v1/callbacks/${target.openedCallback.id}/answer`, {
        channel: 'email',
        summary: 'Sent the plan',
      });
      expect(response.status).toBe(201);
      expect(response.body.interaction).toMatchObject({
        clientId: client.id,
        direction: 'outbound',
        channel: 'email',
        summary: 'Sent the plan',
        occurredAt: t.clock.now().toISOString(),
      });
      expect(response.body.openedCallback).toBeNull();
      expect(response.body.answeredCallbacks.map((callback: { id: string }) => callback.id).sort()).toEqual(
        [older.openedCallback.id, target.openedCallback.id].sort(),
      );
      expect(ids(await api.get(`/api/v1/callbacks?clientId=${client.id}`))).toEqual([]);
    });

    it('refuses a second answer (409), an unknown callback (404), an answer before the request (422), and bad input (400), writing nothing', async () => {
      const client = await newClient();
      const answered = await request(client.id);
      await api.post(`/api/v1/callbacks/${answered.openedCallback.id}/answer`, {
        channel: 'sms',
        summary: 'Done',
      });
      const open = await request(client.id);
      const before = await rowCounts();

      const again = await api.post(`/api/v1/callbacks/${answered.openedCallback.id}/answer`, {
        channel: 'sms',
        summary: 'Again',
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('conflict');
      const unknown = await api.post(`/api/v1/callbacks/${crypto.randomUUID()}/answer`, {
        channel: 'sms',
        summary: 'Who?',
      });
      expect(unknown.status).toBe(404);
      const early = await api.post(`/api/v1/callbacks/${open.openedCallback.id}/answer`, {
        channel: 'sms',
        summary: 'Before they asked',
        occurredAt: new Date(t.clock.now().getTime() - HOUR).toISOString(),
      });
      expect(early.status).toBe(422);
      expect(early.body.error.code).toBe('rule_refused');
      for (const body of [
        { channel: 'sms' },
        { channel: 'sms', summary: 'ok', direction: 'inbound' },
        { channel: 'carrier-pigeon', summary: 'ok' },
        { channel: 'sms', summary: 'ok', occurredAt: 'soon' },
      ]) {
        const bad = await api.post(`/api/v1/callbacks/${open.openedCallback.id}/answer`, body);
        expect(bad.status).toBe(400);
      }
      expect(
        (await api.post('/api/v1/callbacks/not-a-uuid/answer', { channel: 'sms', summary: 'x' })).status,
      ).toBe(400);
      expect(await rowCounts()).toEqual(before);
    });
  });

  it('gives two simultaneous answers one success and one 409', async () => {
    const client = await newClient();
    const { openedCallback } = await request(client.id);
    const responses = await Promise.all(
      ['Called back', 'Also called back'].map((summary) =>
        api.post(`/api/v1/callbacks/${openedCallback.id}/answer`, { channel: 'call', summary }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const answers = await queryRows<{ count: number }>(
      t.database.db,
      sql`select count(*)::int as count from interactions where client_id = ${client.id} and direction = 'outbound'`,
    );
    expect(answers[0]?.count).toBe(1);
  });

  describe('for a stand-in', () => {
    let standIn: ApiClient;
    let assigned: { id: string };
    let other: { id: string };
    let assignedCallback: string;
    let otherCallback: string;

    beforeAll(async () => {
      const db = t.database.db;
      assigned = await newClient();
      other = await newClient();
      const { user, password } = await insertUser(db, workspaceId, 'stand_in');
      await assignClient(db, workspaceId, assigned.id, user.id);
      standIn = await signIn(t, user.email, password);
      assignedCallback = (await request(assigned.id)).openedCallback.id;
      otherCallback = (await request(other.id)).openedCallback.id;
    });

    it('lists only callbacks of assigned clients', async () => {
      const everything = ids(await standIn.get('/api/v1/callbacks?state=all&limit=200'));
      expect(everything).toEqual([assignedCallback]);
      expect(ids(await api.get('/api/v1/callbacks?state=all&limit=200'))).toContain(otherCallback);
      expect((await standIn.get(`/api/v1/callbacks?clientId=${other.id}`)).status).toBe(404);
    });

    it('answers an assigned client and gets 404 for another, which stays open', async () => {
      const before = await rowCounts();
      const refused = await standIn.post(`/api/v1/callbacks/${otherCallback}/answer`, {
        channel: 'call',
        summary: 'Not mine',
      });
      expect(refused.status).toBe(404);
      expect(await rowCounts()).toEqual(before);
      expect(ids(await api.get(`/api/v1/callbacks?clientId=${other.id}`))).toEqual([otherCallback]);

      const answered = await standIn.post(`/api/v1/callbacks/${assignedCallback}/answer`, {
        channel: 'call',
        summary: 'Called back for the owner',
      });
      expect(answered.status).toBe(201);
      expect(answered.body.interaction.user.name).toMatch(/^User /);
    });
  });
});
